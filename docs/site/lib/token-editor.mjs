// The theming guide's live token editor: one field per system token of the widgets, read from the elements'
// tokens.ts at build time, applied to a live widget as you type.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { esc } from './html.mjs';
import { repoRoot } from './repo.mjs';

/** `--lb-…` tokens with their fallback, in the order tokens.ts lists them. */
export function loadTokens() {
  const source = readFileSync(join(repoRoot, 'packages/elements/src/theme/tokens.ts'), 'utf8');
  return [...source.matchAll(/css`var\((--lb-[\w-]+), ([^`]+)\)`/g)].map(([, name, fallback]) => ({ name, fallback }));
}

const TEXT = {
  nl: {
    title: 'Probeer het: tokens live aanpassen',
    intro: 'Verander een waarde. De widget hieronder past zich meteen aan. Kopieer daarna de CSS voor je eigen site.',
    fields: 'Systeemtokens',
    css: 'Jouw CSS',
  },
  en: {
    title: 'Try it: edit the tokens live',
    intro: 'Change a value. The widget below follows at once. Then copy the CSS for your own site.',
    fields: 'System tokens',
    css: 'Your CSS',
  },
};

export function tokenEditor(lang) {
  const t = TEXT[lang];
  const fields = loadTokens()
    .map(({ name, fallback }, index) => {
      const color = /^#[0-9a-f]{6}$/i.test(fallback);
      return `<div class="token-field"><label for="token-${index}"><code>${esc(name)}</code></label>
<input id="token-${index}" type="${color ? 'color' : 'text'}" value="${esc(fallback)}" data-token="${esc(name)}"></div>`;
    })
    .join('\n');
  return `<section class="token-editor" aria-labelledby="token-editor-title" lang="${lang}">
<h2 id="token-editor-title">${esc(t.title)}</h2>
<p>${esc(t.intro)}</p>
<fieldset><legend>${esc(t.fields)}</legend><div class="token-fields">${fields}</div></fieldset>
<div class="demo" data-live-demo data-token-demo><template data-widget><lb-budget-meter></lb-budget-meter></template></div>
<h3 id="token-css-title">${esc(t.css)}</h3>
<pre tabindex="0" aria-labelledby="token-css-title"><code id="token-css">:root {\n}</code></pre>
</section>`;
}
