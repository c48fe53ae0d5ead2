// The frame of every page: skip link, header with menu and language switch, the playground bar, main, footer.
import { copy } from './copy.mjs';
import { esc } from './html.mjs';

/**
 * The site's policy, the same on every page. No inline script or style, Trusted Types required; the live API's
 * wasm runs in the service worker, whose script gets no page policy from a <meta> tag (see docs/decisions.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html leerbudget docs-site 'allow-duplicates'",
].join('; ');

const NAV = [
  ['home', ''],
  ['elements', 'elements/'],
  ['guides', 'guides/'],
  ['sdk', 'sdk/'],
  ['changelog', 'changelog/'],
  ['a11y', 'accessibility/'],
];

function playgroundBar(t) {
  return `<section class="playground-bar" aria-labelledby="playground-label">
  <h2 id="playground-label" class="playground-bar__title">${esc(t.playground.label)}</h2>
  <label for="view-as">${esc(t.playground.viewAs)}</label>
  <select id="view-as" disabled><option>${esc(t.playground.loadingUsers)}</option></select>
  <button type="button" id="reset-demo" disabled>${esc(t.playground.reset)}</button>
  <p id="playground-status" role="status">${esc(t.playground.loadingUsers)}</p>
  <noscript><p>${esc(t.playground.noScript)}</p></noscript>
</section>`;
}

/** The whole HTML document of a page. */
export function layout(page) {
  const t = copy[page.lang];
  const nav = NAV.map(([key, path]) => {
    const href = `/${page.lang}/${path}`;
    const current = page.section === key ? ' aria-current="page"' : '';
    return `<li><a href="${href}"${current}>${esc(t.nav[key])}</a></li>`;
  }).join('');
  const otherLang = page.lang === 'nl' ? 'en' : 'nl';
  const scripts = page.playground
    ? `<script src="/embed/leerbudget-stub.js"></script>\n<script type="module" src="/assets/playground.js"></script>\n<script type="module" src="/embed/leerbudget.js"></script>`
    : '';
  const siteCopy = page.playground
    ? `<script type="application/json" id="site-copy">${JSON.stringify(t.playground).replaceAll('<', '\\u003c')}</script>`
    : '';
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(CONTENT_SECURITY_POLICY)}">
<title>${esc(page.title)} – ${esc(t.siteName)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/site.css">
${page.altUrl ? `<link rel="alternate" hreflang="${otherLang}" href="${page.altUrl}">` : ''}
${scripts}
${siteCopy}
</head>
<body>
<a class="skip-link" href="#main">${esc(t.skip)}</a>
<header class="site-header">
  <a class="brand" href="/${page.lang}/">${esc(t.siteName)}</a>
  <nav aria-label="${esc(t.navLabel)}"><ul>${nav}</ul></nav>
  ${page.altUrl ? `<a class="language" href="${page.altUrl}" hreflang="${otherLang}" lang="${otherLang}" aria-label="${esc(t.otherLanguageLabel)}">${esc(t.otherLanguage)}</a>` : ''}
</header>
${page.playground ? playgroundBar(t) : ''}
<main id="main" tabindex="-1">
${page.content}
</main>
<footer class="site-footer"><p>${esc(t.footer)}</p></footer>
</body>
</html>
`;
}
