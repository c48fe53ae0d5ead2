// Markdown of the guides and changesets, rendered without raw HTML: the site's CSP and its escaping stay in charge.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false });

// A wide table scrolls in its own focusable region (named after the heading above it), not the page.
md.renderer.rules.table_open = (tokens, index) =>
  `<div class="table-scroll" tabindex="0" role="region" aria-label="${md.utils.escapeHtml(tokens[index].meta?.label ?? '')}"><table>`;
md.renderer.rules.table_close = () => '</table></div>';

/** A guide's screenshot, `![…](../images/name.png)`: the build copies it to /images/ on the site. */
const GUIDE_IMAGE = /^\.\.\/images\/([\w.-]+\.png)$/;

/** The names of the screenshots a guide shows (docs/images/<name>). */
export function guideImages(source) {
  return [...source.matchAll(/\]\((\.\.\/images\/[\w.-]+\.png)\)/g)].map((match) => GUIDE_IMAGE.exec(match[1])[1]);
}

/**
 * Renders markdown; relative `.md` links between guides become links to the guide pages, and links to repository
 * files (which the site does not host) are rendered as text.
 */
export function renderMarkdown(source, { guideHref }) {
  const tokens = md.parse(source, {});
  let heading = '';
  for (const [at, token] of tokens.entries()) {
    if (token.type === 'heading_open') heading = tokens[at + 1]?.content ?? heading;
    if (token.type === 'table_open') token.meta = { label: heading };
    for (const [index, child] of (token.children ?? []).entries()) {
      const image = child.type === 'image' ? GUIDE_IMAGE.exec(child.attrGet('src') ?? '') : null;
      if (image) child.attrSet('src', `/images/${image[1]}`);
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
