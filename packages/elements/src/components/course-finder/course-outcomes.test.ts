import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type CatalogueIndex } from '@leerbudget/sdk';
import { callStore } from '@leerbudget/test-kit/servers';
import { collapse, euros, programFaults, testServers, visibleText } from '../../../test/helpers.js';
import '../../define/course-finder.js';
import type { LbCourseFinder } from './course-finder.component.js';

let apiBase: string;
let engine: CatalogueIndex;

before(async () => {
  ({ apiBase } = await testServers());
  engine = (await createClient({ baseUrl: apiBase, cache: 'none' }).catalogue.sync()).index;
});

function shadow(element: Element): ShadowRoot {
  return element.shadowRoot as ShadowRoot;
}

function countText(element: LbCourseFinder): string {
  return collapse(shadow(element).querySelector('[part="count"]')?.textContent ?? '');
}

async function untilResults(element: LbCourseFinder): Promise<void> {
  await waitUntil(() => /gevonden|found/.test(countText(element)), 'the finder shows no results', { timeout: 10_000 });
  await element.updateComplete;
}

/** The card whose title is exactly `title`. */
function card(element: LbCourseFinder, title: string): HTMLElement | undefined {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part="card"]')].find(
    (candidate) => collapse(candidate.querySelector('[part="card-title"]')?.textContent ?? '') === title,
  );
}

function schemeLine(element: LbCourseFinder, title: string): string | undefined {
  const line = card(element, title)?.querySelector('[part="scheme-price"]');
  return line ? collapse(line.textContent ?? '') : undefined;
}

describe('<lb-course-finder> vendor mode with public funding schemes', () => {
  it('shows what a course costs after the scheme that helps most, as a hand computation from the demo data gives', async () => {
    const base = await programFaults('finder-schemes', []);
    const element = await fixture<LbCourseFinder>(
      html`<lb-course-finder api-base=${base} cache="memory" provider="prov-installwijs" page-size="100"></lb-course-finder>`,
    );
    await untilResults(element);
    const fGassen = engine.course('inst-f-gassen')!;
    const warmtepomp = engine.course('inst-warmtepomp')!;
    await waitUntil(() => schemeLine(element, fGassen.title), 'no scheme line on the F-gassen card');

    // Demo schemes (packages/server/src/demo/funding-schemes.ts): OTIB-fonds pays 50 % up to € 400 for
    // `sector:otib`; Ontwikkelbudget Rijk pays 100 % up to € 1.000 for `stap-eligible` with a recognised credential.
    // F-gassen: € 1.490, sector:otib only. 50 % is € 745, capped at € 400, so you pay 1490 - 400 = € 1.090.
    expect(fGassen.price.amount).to.equal(149_000);
    expect(fGassen.fundingTags).to.deep.equal(['sector:otib']);
    expect(schemeLine(element, fGassen.title)).to.equal(`Met het OTIB-fonds betaal je ${euros(149_000 - 40_000)}.`);
    // Warmtepompen: € 1.375, stap-eligible and sector:otib, recognised certificate. OTIB leaves 1375 - 400 = € 975;
    // the Rijk pays 100 % capped at € 1.000 and leaves 1375 - 1000 = € 375, the lower of the two.
    expect(warmtepomp.price.amount).to.equal(137_500);
    expect(warmtepomp.credential?.recognised).to.equal(true);
    expect(schemeLine(element, warmtepomp.title)).to.equal(
      `Met het Ontwikkelbudget Rijk betaal je ${euros(137_500 - 100_000)}.`,
    );
    // VCA basis has no funding tag: no scheme pays, so no line.
    expect(schemeLine(element, engine.course('tech-vca-basis')!.title)).to.equal(undefined);
    await expect(element).to.be.accessible();
  });
});

describe('<lb-course-finder> what a course leads to', () => {
  it('says the level and the credential in English in the en locale', async () => {
    const element = await fixture<LbCourseFinder>(
      html`<lb-course-finder api-base=${apiBase} cache="memory" lang="en" provider="prov-zorgschool-noord" page-size="100"></lb-course-finder>`,
    );
    await untilResults(element);
    const text = collapse(card(element, engine.course('zorg-mbo-verpleegkunde')!.title)!.textContent ?? '');
    expect(text).to.include('Level 4: MBO level 4');
    expect(text).to.include('You get a diploma from ZorgScholing Noord. Recognised (CREBO).');
  });

  const hostileLabel = '<img src=x onerror="window.__skillXss=1">';
  after(() => callStore('deleteCourse', 'hostile-outcomes'));

  it('shows level, credential and skills as text; only https and ESCO concept URIs (upgraded to https) become links', async () => {
    const source = engine.course('inst-warmtepomp')!;
    await callStore('setCourseRaw', 'hostile-outcomes', {
      ...source,
      id: 'hostile-outcomes',
      title: 'Vijandige uitkomsten',
      description: 'x',
      nlqf: 4,
      skills: [
        { label: hostileLabel, escoUri: 'javascript:alert(1)' },
        { label: 'Veilig werken', escoUri: 'http://data.europa.eu/esco/skill/plain-http' },
        { label: 'Elders geleerd', escoUri: 'http://esco.example/skill/elders' },
        { label: 'Bijna ESCO', escoUri: 'http://data.europa.eu.evil.example/esco/skill/x' },
        { label: 'Warmtepompen plaatsen', escoUri: 'https://esco.example/skill/warmtepomp' },
      ],
      credential: { kind: 'diploma', issuer: { name: '<b>ROC</b>' }, recognised: true, register: 'crebo' },
    });
    const base = await programFaults('finder-outcomes', []);
    const element = await fixture<LbCourseFinder>(
      html`<lb-course-finder api-base=${base} cache="memory" page-size="100"></lb-course-finder>`,
    );
    await untilResults(element);
    const hostile = card(element, 'Vijandige uitkomsten')!;
    const outcomes = hostile.querySelector('[part="outcomes"]')!;
    const text = collapse(outcomes.textContent ?? '');
    expect(text).to.include('Niveau 4: mbo-niveau 4');
    expect(text).to.include('Je krijgt een diploma van <b>ROC</b>. Erkend (CREBO).');
    expect(text).to.include(hostileLabel);
    expect(text).to.include('Veilig werken');
    expect(text).to.include('Elders geleerd');
    expect(text).to.include('Bijna ESCO');
    expect(outcomes.querySelector('img, b, script')).to.equal(null);
    expect((window as { __skillXss?: number }).__skillXss).to.equal(undefined);
    const links = [...outcomes.querySelectorAll('a')];
    // ESCO's own http URI is served over https too, so it is upgraded; any other http URI stays text.
    expect(links.map((link) => [collapse(link.textContent ?? ''), link.href])).to.deep.equal([
      ['Veilig werken', 'https://data.europa.eu/esco/skill/plain-http'],
      ['Warmtepompen plaatsen', 'https://esco.example/skill/warmtepomp'],
    ]);
    await expect(element).to.be.accessible();
  });
});

describe('<lb-course-finder> ESCO skills of the demo catalogue', () => {
  it('links a demo course’s ESCO skill to the ESCO page over https', async () => {
    const python = engine.course('ict-python-basis')!;
    const [skill] = python.skills;
    expect(skill?.escoUri, 'the demo data names the ESCO concept with its own http URI').to.equal(
      'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
    );
    const element = await fixture<LbCourseFinder>(
      html`<lb-course-finder api-base=${apiBase} cache="memory" provider=${python.provider.id} page-size="100"></lb-course-finder>`,
    );
    await untilResults(element);
    const links = [...card(element, python.title)!.querySelectorAll<HTMLAnchorElement>('[part="skills"] a')];
    expect(links.map((link) => [collapse(link.textContent ?? ''), link.href])).to.deep.equal([
      [skill!.label, 'https://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'],
    ]);
    await expect(element).to.be.accessible();
  });
});

describe('<lb-course-finder> "Met erkend diploma of certificaat"', () => {
  it('narrows the results to courses with a recognised credential, and keeps the choice in the URL', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    try {
      const element = await fixture<LbCourseFinder>(
        html`<lb-course-finder api-base=${apiBase} cache="memory" sync-url></lb-course-finder>`,
      );
      await untilResults(element);
      const all = engine.search({}).total;
      const recognised = engine.search({ recognisedCredential: true }).total;
      expect(recognised).to.be.within(1, all - 1);
      const box = shadow(element).querySelector<HTMLInputElement>('#finder-recognised')!;
      expect(collapse(shadow(element).querySelector('label[for="finder-recognised"]')!.textContent ?? '')).to.equal(
        'Met erkend diploma of certificaat',
      );
      box.click();
      await waitUntil(() => countText(element).startsWith(`${recognised} `), countText(element));
      expect(new URLSearchParams(location.search).get('lb-recognised')).to.equal('1');
      expect(new URLSearchParams(location.search).get('keep')).to.equal('1');
      for (const result of shadow(element).querySelectorAll('[part="outcomes"]'))
        expect(collapse(result.textContent ?? '')).to.match(/Erkend/);
      expect(visibleText(element)).to.include('Wis alle filters');
      await expect(element).to.be.accessible();

      const again = await fixture<LbCourseFinder>(
        html`<lb-course-finder api-base=${apiBase} cache="memory" sync-url></lb-course-finder>`,
      );
      await untilResults(again);
      expect(countText(again).startsWith(`${recognised} `)).to.equal(true);
      expect(shadow(again).querySelector<HTMLInputElement>('#finder-recognised')!.checked).to.equal(true);
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
