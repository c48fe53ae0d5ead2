// One page per custom element, from the elements package's custom-elements.json: live demo, states, reference.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { copy } from './copy.mjs';
import { esc, prose } from './html.mjs';

const require = createRequire(import.meta.url);

/**
 * Elements that have no page of their own: the request dialog opens from "Aanvragen" in the finder and the
 * learning path, and is shown live there.
 */
const OPENED_BY_OTHERS = new Set(['lb-request-dialog']);

/** The custom elements in the manifest, by tag, with their inherited members merged in by the analyzer. */
export function loadElements() {
  const manifest = JSON.parse(readFileSync(require.resolve('@leerbudget/elements/custom-elements.json'), 'utf8'));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter(
      (declaration) => declaration.customElement && declaration.tagName && !OPENED_BY_OTHERS.has(declaration.tagName),
    )
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * What the demos of a known element need: attributes of the live demo, and how its empty state is reached (an
 * attribute that matches nothing, or a demo employee who has nothing). Elements not listed get a plain demo.
 */
const DEMOS = {
  'lb-budget-meter': { live: {}, empty: { viewAs: 'pieter' } },
  'lb-course-finder': { live: { 'page-size': '5' }, empty: { attributes: { 'min-hours': '5000' } } },
  'lb-learning-path': { live: {}, empty: { viewAs: 'pieter' } },
  // Only a manager sees a team, and only HR the organisation: these pages start as Lisa and as Hanna.
  'lb-team-budget': { live: {}, user: 'lisa' },
  'lb-budget-insights': { live: {}, user: 'hanna' },
  // Requests need a request: Fatima sends one (once, by its idempotency key) before these pages show.
  'lb-my-requests': { live: {}, user: 'fatima', seed: 'request' },
  'lb-approvals': { live: {}, user: 'lisa', seed: 'request' },
};

const EMPTY_VIA_USER = {
  nl: (name) => `Kies ${name} bij Bekijk als. Die medewerker heeft hier niets.`,
  en: (name) => `Choose ${name} under View as. That employee has nothing here.`,
};
const EMPTY_VIA_FILTER = {
  nl: 'Met een filter dat niets vindt:',
  en: 'With a filter that finds nothing:',
};

/** The demo user a page starts as, when the widget shows nothing to the default employee. */
const demoUser = (demo) =>
  (demo.user ? ` data-demo-user="${esc(demo.user)}"` : '') + (demo.seed ? ` data-demo-seed="${esc(demo.seed)}"` : '');

const attrs = (attributes) =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${esc(value)}"`)
    .join('');

/**
 * A widget in a <template>: the playground puts it on the page once the service worker answers the API, so no
 * widget ever calls the static host for data.
 */
const widget = (tag, attributes = {}, demoBase) =>
  `<template data-widget><${tag}${attrs(attributes)}${demoBase ? ` data-demo-base="${demoBase}"` : ''}></${tag}></template>`;

function table(caption, headers, rows, t) {
  if (rows.length === 0) return `<h3>${esc(caption)}</h3><p>${esc(t.element.none)}</p>`;
  const head = headers.map((header) => `<th scope="col">${esc(header)}</th>`).join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<h3>${esc(caption)}</h3><div class="table-scroll" tabindex="0" role="region" aria-label="${esc(caption)}"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

const code = (text) => (text ? `<code>${esc(text)}</code>` : '');
const describe = (text) => (text ? prose(text) : '');

function reference(element, t) {
  const e = t.element;
  const attributes = (element.attributes ?? []).map((a) => [
    code(a.name),
    code(a.type?.text),
    code(a.default),
    describe(a.description),
  ]);
  const properties = (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.name.startsWith('#') && (m.privacy ?? 'public') === 'public')
    .map((m) => [code(m.name), code(m.type?.text), code(m.default), describe(m.description)]);
  const events = (element.events ?? []).map((v) => [code(v.name), code(v.type?.text), describe(v.description)]);
  const parts = (element.cssParts ?? []).map((p) => [code(p.name), describe(p.description)]);
  const cssProperties = (element.cssProperties ?? []).map((p) => [code(p.name), describe(p.description)]);
  const slots = (element.slots ?? []).map((s) => [code(s.name || '(default)'), describe(s.description)]);
  return [
    `<h2 id="reference">${esc(e.reference)}</h2>`,
    e.descriptionLanguage ? `<p>${esc(e.descriptionLanguage)}</p>` : '',
    `<div lang="en">`,
    table(e.attributes, [e.name, e.type, e.default, e.description], attributes, t),
    table(e.properties, [e.name, e.type, e.default, e.description], properties, t),
    table(e.events, [e.name, e.type, e.description], events, t),
    table(e.parts, [e.name, e.description], parts, t),
    table(e.cssProperties, [e.name, e.description], cssProperties, t),
    slots.length > 0 ? table(e.slots, [e.name, e.description], slots, t) : '',
    `</div>`,
  ].join('\n');
}

/** The states that get a page of their own: one widget per page, as two finders on a page repeat landmarks. */
export const STATES = ['loading', 'error', 'empty'];

function stateDemo(element, demo, state, lang, users) {
  const tag = element.tagName;
  if (state === 'loading') return widget(tag, demo.live, 'api-slow');
  if (state === 'error') return widget(tag, demo.live, 'api-down');
  if (demo.empty?.attributes) return `<p>${esc(EMPTY_VIA_FILTER[lang])}</p>${widget(tag, demo.empty.attributes)}`;
  const name = users[demo.empty?.viewAs] ?? demo.empty?.viewAs;
  return `<p><button type="button" class="view-as-button" data-view-as="${esc(demo.empty?.viewAs)}">${esc(EMPTY_VIA_USER[lang](name))}</button></p>
<div class="demo" data-live-demo>${widget(tag, demo.live)}</div>`;
}

/** Which states an element's pages show; the empty state only where the demo data has a way to reach it. */
export function statesOf(element) {
  const demo = DEMOS[element.tagName] ?? { live: {} };
  return STATES.filter((state) => state !== 'empty' || demo.empty !== undefined);
}

/** The page of one state of an element, with the widget in that state, live. */
export function elementStatePage(element, state, lang, users) {
  const e = copy[lang].element;
  const demo = DEMOS[element.tagName] ?? { live: {} };
  return `<h1><code>&lt;${esc(element.tagName)}&gt;</code>: ${esc(e[state])}</h1>
<div class="state"${demoUser(demo)}>${stateDemo(element, demo, state, lang, users)}</div>
<p><a href="/${lang}/elements/${element.tagName}/#states">${esc(e.backToElement)}</a></p>`;
}

function states(element, lang) {
  const e = copy[lang].element;
  const links = statesOf(element)
    .map((state) => `<li><a href="/${lang}/elements/${element.tagName}/${state}/">${esc(e[state])}</a></li>`)
    .join('');
  return `<h2 id="states">${esc(e.states)}</h2>
<p>${esc(e.statesIntro)}</p>
<ul>${links}</ul>
<h3>${esc(e.stale)}</h3><p>${esc(e.staleNote)}</p>
<p><button type="button" id="fault-toggle" aria-pressed="false" data-on="${esc(e.faultOn)}" data-off="${esc(e.faultOff)}">${esc(e.faultOn)}</button></p>`;
}

function tryRequest(lang) {
  const e = copy[lang].element;
  return `<section class="try-request" aria-labelledby="try-request">
<h2 id="try-request">${esc(e.tryRequest)}</h2>
<p>${esc(e.tryRequestIntro)}</p>
<script type="application/json" id="request-copy">${JSON.stringify(e.request).replaceAll('<', '\\u003c')}</script>
<p><button type="button" id="request-course">${esc(e.requestButton)}</button>
<button type="button" id="approve-request" hidden></button></p>
<p id="request-status" role="status"></p>
</section>`;
}

/** The content of an element's page. */
export function elementPage(element, lang) {
  const e = copy[lang].element;
  const demo = DEMOS[element.tagName] ?? { live: {} };
  return `<h1><code>&lt;${esc(element.tagName)}&gt;</code></h1>
<div lang="en" class="lede"><p>${prose(element.description ?? element.summary ?? '')}</p></div>
<h2 id="demo">${esc(e.demo)}</h2>
<p>${esc(e.demoNote)}</p>
<div class="demo" data-live-demo${demoUser(demo)}>${widget(element.tagName, demo.live)}</div>
${element.tagName === 'lb-budget-meter' ? tryRequest(lang) : ''}
${states(element, lang)}
${reference(element, copy[lang])}`;
}
