import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Insights } from '@leerbudget/contract';
import { configure } from '../../data/configure.js';
import {
  collapse,
  demoUser,
  euros,
  jsonStep,
  nextError,
  programFaults,
  testServers,
  visibleText,
} from '../../../test/helpers.js';
import '../../define/budget-insights.js';
import type { LbBudgetInsights } from './budget-insights.component.js';
import { insightFigures } from './insight-figures.js';

const INSIGHTS_PATH = '/v1/organisation/insights';
let apiBase: string;

async function signIn(id: string) {
  const user = await demoUser(id);
  configure({ getToken: () => user.token });
}

async function serverInsights(query = ''): Promise<Insights> {
  const user = await demoUser('hanna');
  const response = await fetch(`${apiBase}${INSIGHTS_PATH}${query}`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  return Insights.parse(await response.json());
}

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const chart = (element: Element, id: string) => shadow(element).querySelector<HTMLElement>(`[data-chart="${id}"]`)!;
const month = (value: string, locale = 'nl-NL') =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${value}-01T00:00:00Z`),
  );

/** The rows of a chart's data table, as a reader sees them, after opening it with one click. */
function tableRows(element: Element, id: string): string[][] {
  const figure = chart(element, id);
  figure.querySelector<HTMLElement>('summary')!.click();
  expect(figure.querySelector('details')!.open).to.equal(true);
  return [...figure.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => collapse(cell.textContent ?? '')),
  );
}

async function renderInsights(template: ReturnType<typeof html>, until: 'charts' | 'state' = 'charts') {
  const element = await fixture<LbBudgetInsights>(template);
  await waitUntil(
    () =>
      until === 'charts'
        ? shadow(element).querySelector('[data-chart]')
        : shadow(element).querySelector('[part~="state"]:not([part~="state-loading"])'),
    'the insights did not load',
    { timeout: 30_000 },
  );
  await element.updateComplete;
  return element;
}

/** WCAG contrast ratio of an `rgb(…)` colour against white. */
function contrastWithWhite(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

before(async () => {
  ({ apiBase } = await testServers());
});

describe("<lb-budget-insights> renders the API's numbers (read from the data tables)", () => {
  it('money per department, expiring and spending per month, requests by status and reason', async () => {
    await signIn('hanna');
    const insights = await serverInsights();
    expect(insights.groups.length).to.be.greaterThan(1);
    const figures = insightFigures(insights);
    const element = await renderInsights(
      html`<lb-budget-insights api-base=${apiBase} cache="memory"></lb-budget-insights>`,
    );
    const label = (key: string) => (key === 'overig' ? 'Overig (kleine groepen samen)' : key);

    expect(tableRows(element, 'money')).to.deep.equal(
      insights.groups.map((group) => [
        label(group.key),
        euros(group.spent),
        euros(group.reserved),
        euros(group.available),
      ]),
    );
    const sumMonth = (pick: 'expiringByMonth' | 'spentByMonth', index: number) =>
      insights.groups.reduce((sum, group) => sum + group[pick][index]!.amount, 0);
    expect(tableRows(element, 'expiring')).to.deep.equal(
      insights.groups[0]!.expiringByMonth.map((entry, index) => [
        month(entry.month),
        euros(sumMonth('expiringByMonth', index)),
      ]),
    );
    expect(tableRows(element, 'spending')).to.deep.equal(
      insights.groups[0]!.spentByMonth.map((entry, index) => [
        month(entry.month),
        euros(sumMonth('spentByMonth', index)),
      ]),
    );
    const requests = tableRows(element, 'requests');
    const count = (status: keyof Insights['groups'][number]['requests']) =>
      String(insights.groups.reduce((sum, group) => sum + group.requests[status], 0));
    expect(requests.slice(0, 6)).to.deep.equal([
      ['Wacht op besluit', count('submitted')],
      ['Goedgekeurd', count('approved')],
      ['Afgerond', count('completed')],
      ['Afgewezen', count('declined')],
      ['Ingetrokken', count('cancelled')],
      ['Verlopen zonder besluit', count('expired')],
    ]);
    expect(requests.slice(6).map(([, value]) => Number(value))).to.deep.equal(
      figures.declineReasons.map((r) => r.count),
    );

    // Each bar of the money chart has three segments, each with its amount as its title.
    const bars = chart(element, 'money').querySelectorAll('svg.chart .row');
    expect(bars).to.have.length(insights.groups.length);
    const firstTitles = [...bars[0]!.querySelectorAll('rect title')].map((title) => collapse(title.textContent ?? ''));
    expect(firstTitles).to.deep.equal([
      `Uitgegeven: ${euros(insights.groups[0]!.spent)}`,
      `Gereserveerd: ${euros(insights.groups[0]!.reserved)}`,
      `Nog over: ${euros(insights.groups[0]!.available)}`,
    ]);
    await expect(element).to.be.accessible();
  });

  it('summaries above each chart in B1 Dutch, and in English with lang="en"', async () => {
    await signIn('hanna');
    const figures = insightFigures(await serverInsights());
    const most = figures.mostExpiring90!;
    const mostLabel = most.key === 'overig' ? 'Overig (kleine groepen samen)' : most.key;
    const nl = await renderInsights(html`<lb-budget-insights api-base=${apiBase} cache="memory"></lb-budget-insights>`);
    const summary = (element: Element, id: string) =>
      collapse(chart(element, id).querySelector('[data-summary]')!.textContent ?? '');
    expect(summary(nl, 'expiring')).to.equal(
      `${euros(figures.expiring90)} vervalt in de komende 3 maanden, het meest bij ${mostLabel}: ${euros(most.amount)}.`,
    );
    expect(summary(nl, 'money')).to.match(
      /^Van € [\d.]+ is € [\d.]+ uitgegeven\. Dat is \d+%\. Het meeste geld staat nog bij .+: € [\d.]+\.$/,
    );
    expect(summary(nl, 'spending')).to.match(
      /^In de laatste 12 maanden is € [\d.]+ uitgegeven\. De meeste uitgaven waren in \w+ \d{4}: € [\d.]+\.$/,
    );
    expect(summary(nl, 'requests')).to.include(`${figures.requests.completed} daarvan zijn afgerond.`);
    // B1: short sentences, at most 15 words each.
    for (const id of ['money', 'expiring', 'spending', 'requests']) {
      for (const sentence of summary(nl, id).split(/(?<=\.)\s+/)) expect(sentence.split(' ').length).to.be.at.most(15);
    }
    const en = await renderInsights(
      html`<lb-budget-insights lang="en" api-base=${apiBase} cache="memory"></lb-budget-insights>`,
    );
    const mostEn = most.key === 'overig' ? 'Other (small groups together)' : most.key;
    expect(summary(en, 'expiring')).to.equal(
      `${euros(figures.expiring90, 'en-GB')} expires in the next 3 months, most of it at ${mostEn}: ${euros(most.amount, 'en-GB')}.`,
    );
    expect(visibleText(en)).to.include('Learning budget in the organisation').and.include('See the numbers in a table');
    await expect(en).to.be.accessible();
  });

  it('group-by="potKind" names the kinds; no group is smaller than the minimum', async () => {
    await signIn('hanna');
    const insights = await serverInsights('?groupBy=potKind');
    const element = await renderInsights(
      html`<lb-budget-insights group-by="potKind" api-base=${apiBase} cache="memory"></lb-budget-insights>`,
    );
    expect(chart(element, 'money').querySelector('[role="heading"]')!.textContent).to.equal('Geld per soort budget');
    expect(tableRows(element, 'money')).to.have.length(insights.groups.length);
    for (const group of insights.groups) expect(group.people).to.be.at.least(insights.minGroupSize);
    expect(visibleText(element)).to.include('Persoonlijk budget');
  });
});

describe('<lb-budget-insights> accessibility', () => {
  it('heading-level sets its heading; each chart title one deeper, the reasons title two deeper', async () => {
    await signIn('hanna');
    const element = await renderInsights(
      html`<lb-budget-insights heading-level="3" api-base=${apiBase} cache="memory"></lb-budget-insights>`,
    );
    const levels = [...shadow(element).querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
    expect(levels[0]).to.equal('3');
    expect(levels.filter((level) => level === '4')).to.have.length(4);
    expect(levels.every((level) => ['3', '4', '5'].includes(level ?? ''))).to.equal(true);
  });

  it('keyboard: Tab reaches each "Bekijk de cijfers" and Enter opens its table; focus stays visible', async () => {
    await signIn('hanna');
    const element = await renderInsights(
      html`<lb-budget-insights api-base=${apiBase} cache="memory"></lb-budget-insights>`,
    );
    const summaries = [...shadow(element).querySelectorAll<HTMLElement>('summary')];
    expect(summaries).to.have.length(4);
    const before = document.createElement('button');
    before.textContent = 'voor';
    element.before(before);
    before.focus();
    for (const item of summaries) {
      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement).to.equal(item);
      expect(getComputedStyle(item).outlineStyle).to.equal('solid');
      expect(item.getBoundingClientRect().height).to.be.at.least(24);
    }
    await sendKeys({ press: 'Enter' });
    expect(summaries[3]!.closest('details')!.open).to.equal(true);
    before.remove();
    await expect(element).to.be.accessible();
  });

  it('bars have 3:1 contrast, patterns besides colour, and system colours in forced-colors mode', async () => {
    await signIn('hanna');
    const element = await renderInsights(
      html`<lb-budget-insights api-base=${apiBase} cache="memory"></lb-budget-insights>`,
    );
    const root = shadow(element);
    const spent = root.querySelector<SVGRectElement>('svg.chart rect.segment.spent')!;
    expect(contrastWithWhite(getComputedStyle(spent).fill)).to.be.at.least(3);
    for (const ground of root.querySelectorAll<SVGRectElement>('pattern .pattern-ground'))
      expect(contrastWithWhite(getComputedStyle(ground).fill)).to.be.at.least(3);
    expect(root.querySelector('svg.chart rect.segment.reserved')!.getAttribute('fill')).to.equal('url(#lb-hatch)');
    expect(root.querySelector('svg.chart rect.segment.available')!.getAttribute('fill')).to.equal('url(#lb-dots)');
    expect(root.querySelectorAll('.legend li')).to.have.length(3);
    // Forced colours (Windows high contrast): bars and text take the system colours, patterns stay.
    const forced = [...root.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText),
      );
    const declared = (selector: string) =>
      forced
        .flatMap((rule) => [...rule.cssRules])
        .find(
          (rule): rule is CSSStyleRule =>
            rule instanceof CSSStyleRule && rule.selectorText.split(/,\s*/).includes(selector),
        );
    expect(declared('.segment.spent')?.style.fill).to.equal('canvastext');
    expect(declared('.pattern-ink')?.style.fill).to.equal('canvastext');
    expect(declared('.pattern-ground.reserved')?.style.fill).to.equal('canvas');
    expect(declared('.chart text')?.style.fill).to.equal('canvastext');
  });
});

describe('<lb-budget-insights> states', () => {
  it('an employee or manager is refused by the server: says it is for HR and whom to ask, accessible', async () => {
    for (const who of ['anna', 'lisa']) {
      await signIn(who);
      const element = await renderInsights(
        html`<lb-budget-insights api-base=${apiBase} cache="memory"></lb-budget-insights>`,
        'state',
      );
      expect(visibleText(element)).to.include('alleen voor HR').and.include('Vraag het aan je HR-afdeling');
      expect(shadow(element).querySelector('[data-chart]')).to.equal(null);
      await expect(element).to.be.accessible();
    }
  });

  it('loading, empty, error with a working retry, and stale: each accessible', async () => {
    await signIn('hanna');
    const hanging = await programFaults('insights-loading', [], { hang: true });
    const loading = await fixture<LbBudgetInsights>(
      html`<lb-budget-insights api-base=${hanging} cache="memory"></lb-budget-insights>`,
    );
    expect(shadow(loading).querySelector('[part~="state-loading"]')?.getAttribute('role')).to.equal('status');
    await expect(loading).to.be.accessible();

    const real = await serverInsights();
    const none = await programFaults('insights-empty', [{ ...jsonStep({ ...real, groups: [] }), path: INSIGHTS_PATH }]);
    const empty = await renderInsights(
      html`<lb-budget-insights api-base=${none} cache="memory"></lb-budget-insights>`,
      'state',
    );
    expect(visibleText(empty)).to.include('Er zijn nog geen groepen van 5 mensen of meer.');
    await expect(empty).to.be.accessible();

    const step = { status: 503, body: '', path: INSIGHTS_PATH };
    const failing = await programFaults('insights-error', [step, step, step]);
    const failed = nextError();
    const error = await fixture<LbBudgetInsights>(
      html`<lb-budget-insights api-base=${failing} cache="memory"></lb-budget-insights>`,
    );
    await failed;
    await error.updateComplete;
    // A 503 reads as issue 14's truthful outage text: the service is down, not the user's fault.
    expect(visibleText(error)).to.include('werkt nu even niet').and.include('ligt niet aan jou');
    await expect(error).to.be.accessible();
    shadow(error).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => shadow(error).querySelector('[data-chart]'), 'retry did not load', { timeout: 30_000 });

    const flaky = await programFaults('insights-stale', []);
    const first = await renderInsights(html`<lb-budget-insights api-base=${flaky}></lb-budget-insights>`);
    first.remove();
    await programFaults('insights-stale', [{ status: 403, body: '', path: INSIGHTS_PATH }]);
    const staleError = nextError();
    const stale = await fixture<LbBudgetInsights>(html`<lb-budget-insights api-base=${flaky}></lb-budget-insights>`);
    expect((await staleError).detail.stale).to.equal(true);
    await stale.updateComplete;
    expect(shadow(stale).querySelectorAll('[data-chart]')).to.have.length(4);
    expect(visibleText(stale)).to.match(/Bijgewerkt om \d\d:\d\d\./);
    await expect(stale).to.be.accessible();
  });
});
