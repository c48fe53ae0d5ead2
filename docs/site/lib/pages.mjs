// Every page of the site, in both languages: what Eleventy renders (src/pages.11ty.js).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoUsers } from '@leerbudget/server';
import { accessibilityPage } from './accessibility.mjs';
import { changelogPage, loadChangesets } from './changelog.mjs';
import { copy, LANGS } from './copy.mjs';
import { elementPage, elementStatePage, loadElements, statesOf } from './elements.mjs';
import { esc } from './html.mjs';
import { renderMarkdown, splitTitle } from './markdown.mjs';
import { repoRoot } from './repo.mjs';
import { tokenEditor } from './token-editor.mjs';

/** The guide that gets the live token editor. */
const THEMING_GUIDE = 'theming';

/** Whatever is in docs/guides/ at build time, in name order. */
function loadGuides() {
  const dir = join(repoRoot, 'docs/guides');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ slug: name.replace(/\.md$/, ''), ...splitTitle(readFileSync(join(dir, name), 'utf8')) }));
}

const list = (items) =>
  `<ul class="cards">${items.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul>`;

export function buildPages({ today = new Date().toISOString().slice(0, 10) } = {}) {
  const elements = loadElements();
  const guides = loadGuides();
  const changesets = loadChangesets();
  const users = Object.fromEntries(demoUsers.map((user) => [user.id, user.displayName]));
  const pages = [];
  const add = (lang, path, page) =>
    pages.push({ lang, url: `/${lang}/${path}`, altUrl: `/${lang === 'nl' ? 'en' : 'nl'}/${path}`, ...page });

  for (const lang of LANGS) {
    const t = copy[lang];
    const guideHref = (slug) => `/${lang}/guides/${slug}/`;
    const elementLinks = elements.map((element) => [
      `/${lang}/elements/${element.tagName}/`,
      `<code>&lt;${esc(element.tagName)}&gt;</code>`,
    ]);
    const guideLinks = guides.map((guide) => [guideHref(guide.slug), `<span lang="en">${esc(guide.title)}</span>`]);

    add(lang, '', {
      section: 'home',
      title: t.homeTitle,
      content: `<h1>${esc(t.homeTitle)}</h1><p>${esc(t.homeIntro)}</p>
<h2>${esc(t.homeElements)}</h2>${list(elementLinks)}
<h2>${esc(t.homeGuides)}</h2>${list(guideLinks)}
<h2>${esc(t.homeMore)}</h2>${list([
        [`/${lang}/sdk/`, esc(t.sdkTitle)],
        [`/${lang}/changelog/`, esc(t.changelogTitle)],
        [`/${lang}/accessibility/`, esc(lang === 'nl' ? 'Toegankelijkheidsverklaring' : 'Accessibility statement')],
      ])}`,
    });
    add(lang, 'elements/', {
      section: 'elements',
      title: t.elementsTitle,
      content: `<h1>${esc(t.elementsTitle)}</h1>${list(elementLinks)}`,
    });
    for (const element of elements) {
      add(lang, `elements/${element.tagName}/`, {
        section: 'elements',
        title: `<${element.tagName}>`,
        playground: true,
        content: elementPage(element, lang),
      });
      for (const state of statesOf(element)) {
        add(lang, `elements/${element.tagName}/${state}/`, {
          section: 'elements',
          title: `<${element.tagName}>: ${t.element[state]}`,
          playground: true,
          content: elementStatePage(element, state, lang, users),
        });
      }
    }
    add(lang, 'guides/', {
      section: 'guides',
      title: t.guidesTitle,
      content: `<h1>${esc(t.guidesTitle)}</h1>${t.guideLanguageNote ? `<p>${esc(t.guideLanguageNote)}</p>` : ''}${list(guideLinks)}`,
    });
    for (const guide of guides) {
      add(lang, `guides/${guide.slug}/`, {
        section: 'guides',
        title: guide.title,
        playground: guide.slug === THEMING_GUIDE,
        content: `${t.guideLanguageNote ? `<p class="note">${esc(t.guideLanguageNote)}</p>` : ''}<article lang="en"><h1>${esc(guide.title)}</h1>${renderMarkdown(guide.body, { guideHref })}
<p><a href="/${lang}/sdk/">${esc(t.sdkTitle)}</a></p></article>${guide.slug === THEMING_GUIDE ? tokenEditor(lang) : ''}`,
      });
    }
    add(lang, 'sdk/', {
      section: 'sdk',
      title: t.sdkTitle,
      content: `<h1>${esc(t.sdkTitle)}</h1><p>${esc(t.sdkIntro)}</p><p><a href="/sdk/index.html">${esc(t.sdkLink)}</a></p>`,
    });
    add(lang, 'changelog/', {
      section: 'changelog',
      title: t.changelogTitle,
      content: changelogPage(changesets, lang, guideHref),
    });
  }
  // The statement names the page count, itself included.
  const pageCount = pages.length + LANGS.length + 2;
  for (const lang of LANGS) {
    add(lang, 'accessibility/', {
      section: 'a11y',
      title: lang === 'nl' ? 'Toegankelijkheidsverklaring' : 'Accessibility statement',
      content: accessibilityPage(lang, { pageCount, today }),
    });
  }
  pages.push({
    lang: 'nl',
    url: '/',
    title: 'Leerbudget',
    content: `<h1>Leerbudget</h1>${list([
      ['/nl/', 'Nederlands'],
      ['/en/', '<span lang="en">English</span>'],
    ])}`,
  });
  pages.push({
    lang: 'nl',
    url: '/404.html',
    title: copy.nl.notFoundTitle,
    content: `<h1>${esc(copy.nl.notFoundTitle)}</h1><p>${esc(copy.nl.notFoundText)}</p><p><a href="/nl/">${esc(copy.nl.nav.home)}</a></p>
<div lang="en"><h2>${esc(copy.en.notFoundTitle)}</h2><p>${esc(copy.en.notFoundText)}</p><p><a href="/en/">${esc(copy.en.nav.home)}</a></p></div>`,
  });
  return pages;
}
