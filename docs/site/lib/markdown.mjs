// Markdown of the guides and changesets, rendered without raw HTML: the site's CSP and its escaping stay in charge.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false });

/**
 * Renders markdown; relative `.md` links between guides become links to the guide pages, and links to repository
 * files (which the site does not host) are rendered as text.
 */
export function renderMarkdown(source, { guideHref }) {
  const tokens = md.parse(source, {});
  for (const token of tokens) {
    for (const [index, child] of (token.children ?? []).entries()) {
      if (child.type !== 'link_open') continue;
      const href = child.attrGet('href') ?? '';
      if (/^https:\/\//.test(href) || href.startsWith('#')) continue;
      const guide = /^(?:\.\/)?([\w-]+)\.md(#.*)?$/.exec(href);
      if (guide) {
        child.attrSet('href', guideHref(guide[1]) + (guide[2] ?? ''));
        continue;
      }
      // Not on the site: keep the text, drop the link (and its closing token).
      const close = token.children.findIndex((next, at) => at > index && next.type === 'link_close');
      child.type = 'text';
      child.tag = '';
      child.content = '';
      if (close !== -1) Object.assign(token.children[close], { type: 'text', tag: '', content: '' });
    }
  }
  return md.renderer.render(tokens, md.options, {});
}

/** The first `# heading` of a markdown file, and the rest. */
export function splitTitle(source) {
  const match = /^# (.+)\n/m.exec(source);
  return match ? { title: match[1].trim(), body: source.replace(match[0], '') } : { title: '', body: source };
}
