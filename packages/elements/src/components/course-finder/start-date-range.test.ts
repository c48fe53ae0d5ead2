import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type CatalogueIndex } from '@leerbudget/sdk';
import { collapse, testServers } from '../../../test/helpers.js';
import '../../define/course-finder.js';
import type { LbCourseFinder } from './course-finder.component.js';

let apiBase: string;
let engine: CatalogueIndex;

before(async () => {
  ({ apiBase } = await testServers());
  engine = (await createClient({ baseUrl: apiBase, cache: 'none' }).catalogue.sync()).index;
});

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const countText = (element: LbCourseFinder) =>
  collapse(shadow(element).querySelector('[part="count"]')?.textContent ?? '');
const expectedCount = (total: number) =>
  total === 1 ? '1 cursus gevonden' : `${new Intl.NumberFormat('nl-NL').format(total)} cursussen gevonden`;

function dayAfter(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The date field with this visible label. */
function dateField(element: LbCourseFinder, label: string): HTMLInputElement {
  const field = [...shadow(element).querySelectorAll('label')].find(
    (candidate) => collapse(candidate.querySelector('span')?.textContent ?? '') === label,
  );
  const input = field?.querySelector<HTMLInputElement>('input[type="date"]');
  if (!input) throw new Error(`no date field "${label}"`);
  return input;
}

async function pickDate(element: LbCourseFinder, label: string, day: string): Promise<void> {
  const input = dateField(element, label);
  input.value = day;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function finder(attributes = ''): Promise<LbCourseFinder> {
  const element = await fixture<LbCourseFinder>(
    attributes
      ? html`<lb-course-finder api-base=${apiBase} cache="memory" sync-url></lb-course-finder>`
      : html`<lb-course-finder api-base=${apiBase} cache="memory"></lb-course-finder>`,
  );
  await waitUntil(() => /gevonden/.test(countText(element)), 'the finder shows no results', { timeout: 10_000 });
  return element;
}

describe('<lb-course-finder> start-date range', () => {
  const from = dayAfter(20);
  const to = dayAfter(75);

  it('"Start vanaf" and "Start uiterlijk" narrow the results as the engine does, and stay in the URL', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    try {
      const element = await finder('sync-url');
      const expected = engine.search({ startDate: { from, to }, limit: 200 }).total;
      expect(expected, 'the demo data has runs in the range, and runs outside it')
        .to.be.greaterThan(0)
        .and.lessThan(engine.size);
      await pickDate(element, 'Start vanaf', from);
      await pickDate(element, 'Start uiterlijk', to);
      expect(countText(element)).to.equal(expectedCount(expected));
      const params = new URLSearchParams(location.search);
      expect([params.get('keep'), params.get('lb-start-from'), params.get('lb-start-to')]).to.deep.equal([
        '1',
        from,
        to,
      ]);
      await expect(element).to.be.accessible();

      // A shared link opens with the same range.
      element.remove();
      const again = await finder('sync-url');
      expect(dateField(again, 'Start vanaf').value).to.equal(from);
      expect(dateField(again, 'Start uiterlijk').value).to.equal(to);
      expect(countText(again)).to.equal(expectedCount(expected));
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('an end before the start says what to do, in plain words, and does not hide every course', async () => {
    const element = await finder();
    await pickDate(element, 'Start vanaf', to);
    await pickDate(element, 'Start uiterlijk', from);
    const alert = shadow(element).querySelector('[role="alert"].field-error')!;
    expect(collapse(alert.textContent!)).to.equal(
      'Start uiterlijk ligt voor Start vanaf. Kies een latere datum, of maak een veld leeg.',
    );
    for (const label of ['Start vanaf', 'Start uiterlijk']) {
      const input = dateField(element, label);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal(alert.id);
    }
    expect(countText(element)).to.equal(expectedCount(engine.size));
    await expect(element).to.be.accessible();

    await pickDate(element, 'Start vanaf', '');
    expect(collapse(alert.textContent!)).to.equal('');
    expect(dateField(element, 'Start uiterlijk').getAttribute('aria-invalid')).to.equal('false');
    expect(countText(element)).to.equal(expectedCount(engine.search({ startDate: { to: from } }).total));
  });
});
