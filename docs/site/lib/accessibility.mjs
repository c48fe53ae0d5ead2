// The accessibility statement, in the format of the Dutch government's model (toegankelijkheidsverklaring):
// the standard, the compliance status, what was measured and how, the known issues, and contact. The measured
// numbers are counted from the repository's own tests at build time, so the statement cannot drift from them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { esc } from './html.mjs';
import { repoRoot } from './repo.mjs';

/** Axe checks (`be.accessible()`) in each widget's browser tests. */
export function measureWidgetChecks() {
  const componentsDir = join(repoRoot, 'packages/elements/src/components');
  return readdirSync(componentsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(componentsDir, entry.name);
      const checks = readdirSync(dir)
        .filter((name) => name.endsWith('.test.ts'))
        .reduce((sum, name) => sum + (readFileSync(join(dir, name), 'utf8').match(/\.accessible\(/g) ?? []).length, 0);
      return { widget: `lb-${entry.name}`, checks };
    });
}

/** Where the project takes reports (the packages' `bugs` address). */
const ISSUES = 'https://github.com/leerbudget/leerbudget/issues';

const TEXT = {
  nl: {
    title: 'Toegankelijkheidsverklaring',
    intro:
      'Het Leerbudget-project wil dat iedereen de widgets en deze documentatie kan gebruiken. Ook mensen met een beperking.',
    scope: 'Deze verklaring geldt voor de Leerbudget-widgets en voor deze documentatiesite.',
    standardTitle: 'Welke eisen?',
    standard:
      'We toetsen aan WCAG 2.2 op niveau A en AA. Die eisen staan ook in de Europese norm EN 301 549. Overheden in Nederland moeten daaraan voldoen.',
    statusTitle: 'Nalevingsstatus',
    status:
      'Status C: eerste maatregelen genomen. We testen zelf en automatisch. Een onafhankelijk onderzoek van alle eisen is nog niet gedaan.',
    measuredTitle: 'Wat we hebben gemeten',
    measured:
      'Bij elke wijziging draaien automatische tests in de browser Chromium. Ze gebruiken axe-core. Een test faalt bij één fout.',
    widgetRow: (widget, checks) => `${widget}: ${checks} controles met axe-core in de widgettests.`,
    siteRow: (pages) =>
      `De test van deze site controleert alle ${pages} pagina’s met axe-core. Ook op fouten in de console en kapotte links.`,
    issuesTitle: 'Bekende problemen',
    issues: [
      'De SDK-naslag is gemaakt met TypeDoc. Die pagina’s testen we niet. Ze gebruiken ook inline scripts.',
      'De live voorbeelden werken alleen met JavaScript aan. Zonder JavaScript zie je de naslag wel.',
      'Een deel van de naslag is in het Engels.',
      'De demo onthoudt je wijzigingen alleen zolang een pagina van deze site open is.',
      'Er is nog geen onderzoek door een onafhankelijke partij.',
      'Een test met de hand, met toetsenbord en schermlezer, is nog niet vastgelegd.',
    ],
    contactTitle: 'Contact',
    contact: 'Werkt iets niet goed voor jou? Meld het als issue op GitHub. Noem de pagina en wat je probeerde.',
    contactLink: 'Meld een probleem op GitHub',
    dateTitle: 'Datum',
    date: (day) => `Deze verklaring is gemaakt op ${day}, uit de tests van dat moment.`,
  },
  en: {
    title: 'Accessibility statement',
    intro:
      'The Leerbudget project wants everyone to be able to use the widgets and this documentation, including people with disabilities.',
    scope: 'This statement covers the Leerbudget widgets and this documentation site.',
    standardTitle: 'Which requirements?',
    standard:
      'We test against WCAG 2.2 at level A and AA. The European standard EN 301 549 contains the same requirements. Dutch public bodies must meet them.',
    statusTitle: 'Compliance status',
    status:
      'Status C: first measures taken. We test ourselves and automatically. No independent audit of all requirements has been done yet.',
    measuredTitle: 'What we measured',
    measured:
      'Automatic tests run in the Chromium browser on every change. They use axe-core. One violation fails a test.',
    widgetRow: (widget, checks) => `${widget}: ${checks} axe-core checks in the widget tests.`,
    siteRow: (pages) =>
      `The test of this site checks all ${pages} pages with axe-core, and for console errors and broken links.`,
    issuesTitle: 'Known issues',
    issues: [
      'The SDK reference is made with TypeDoc. We do not test those pages. They also use inline scripts.',
      'The live examples need JavaScript. Without JavaScript you still see the reference.',
      'Part of the reference is in English only.',
      'The demo keeps your changes only while a page of this site is open.',
      'No independent party has audited the widgets yet.',
      'No manual test with keyboard and screen reader has been recorded yet.',
    ],
    contactTitle: 'Contact',
    contact: 'Does something not work for you? Report it as an issue on GitHub. Name the page and what you tried.',
    contactLink: 'Report a problem on GitHub',
    dateTitle: 'Date',
    date: (day) => `This statement was made on ${day}, from the tests of that moment.`,
  },
};

export function accessibilityPage(lang, { pageCount, today }) {
  const t = TEXT[lang];
  const rows = measureWidgetChecks()
    .map(({ widget, checks }) => `<li>${esc(t.widgetRow(widget, checks))}</li>`)
    .join('');
  return `<h1>${esc(t.title)}</h1>
<p>${esc(t.intro)}</p>
<p>${esc(t.scope)}</p>
<h2>${esc(t.standardTitle)}</h2><p>${esc(t.standard)}</p>
<h2>${esc(t.statusTitle)}</h2><p>${esc(t.status)}</p>
<h2>${esc(t.measuredTitle)}</h2><p>${esc(t.measured)}</p>
<ul>${rows}<li>${esc(t.siteRow(pageCount))}</li></ul>
<h2>${esc(t.issuesTitle)}</h2><ul>${t.issues.map((issue) => `<li>${esc(issue)}</li>`).join('')}</ul>
<h2>${esc(t.contactTitle)}</h2><p>${esc(t.contact)}</p><p><a href="${ISSUES}">${esc(t.contactLink)}</a></p>
<h2>${esc(t.dateTitle)}</h2><p>${esc(t.date(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(today))))}</p>`;
}
