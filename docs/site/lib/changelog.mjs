// The changelog: every pending changeset in .changeset/, in name order, with the packages it bumps.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copy } from './copy.mjs';
import { esc } from './html.mjs';
import { renderMarkdown } from './markdown.mjs';
import { repoRoot } from './repo.mjs';

/** `---\n'pkg': minor\n---\nbody` → `{ bumps: [[pkg, minor]], body }`. */
function parseChangeset(source) {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) return { bumps: [], body: source };
  const bumps = [...match[1].matchAll(/^['"]?([^'":]+)['"]?\s*:\s*(major|minor|patch)\s*$/gm)].map((m) => [m[1], m[2]]);
  return { bumps, body: match[2] };
}

export function loadChangesets() {
  const dir = join(repoRoot, '.changeset');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => ({ name, ...parseChangeset(readFileSync(join(dir, name), 'utf8')) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function changelogPage(changesets, lang, guideHref) {
  const t = copy[lang];
  const items = changesets
    .map((change) => {
      const bumps = change.bumps
        .map(([pkg, bump]) => `<li><code>${esc(pkg)}</code>: ${esc(t.bump[bump])}</li>`)
        .join('');
      return `<article class="change" aria-labelledby="change-${esc(change.name.replace(/\.md$/, ''))}">
<h2 id="change-${esc(change.name.replace(/\.md$/, ''))}">${esc(change.name.replace(/\.md$/, '').replaceAll('-', ' '))}</h2>
<ul class="bumps">${bumps}</ul>
<div lang="en">${renderMarkdown(change.body, { guideHref })}</div>
</article>`;
    })
    .join('\n');
  return `<h1>${esc(t.changelogTitle)}</h1><p>${esc(t.changelogIntro)}</p>${t.changelogLanguage ? `<p>${esc(t.changelogLanguage)}</p>` : ''}\n${items}`;
}
