import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@leerbudget/sdk';
import { configure } from '../../data/configure.js';
import { collapse, demoUser, nextBudgetLoad, serverBudget, testServers } from '../../../test/helpers.js';
import '../../define/budget-meter.js';
import '../../define/course-finder.js';
import type { LbBudgetMeter } from './budget-meter.component.js';
import type { LbCourseFinder } from '../course-finder/course-finder.component.js';

afterEach(() => {
  configure({ getToken: undefined });
  history.replaceState(history.state, '', location.pathname);
});

describe('the expiry nudge leads to what the expiring pot can still pay (reference server)', () => {
  it('links to the finder filtered on that pot, and the finder shows exactly the courses it pays part of', async () => {
    const { apiBase } = await testServers();
    const mehmet = await demoUser('mehmet');
    configure({ getToken: () => mehmet.token });
    const loaded = nextBudgetLoad();
    const meter = await fixture<LbBudgetMeter>(
      html`<lb-budget-meter api-base=${apiBase} cache="memory" finder-href="/cursussen?lang=nl"></lb-budget-meter>`,
    );
    await loaded;
    await meter.updateComplete;
    // Mehmet's own budget expires within 30 days.
    const link = meter.shadowRoot!.querySelector<HTMLAnchorElement>('[part="nudge-link"]')!;
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/cursussen');
    expect(url.searchParams.get('lang')).to.equal('nl');
    expect(url.searchParams.get('lb-pot')).to.equal('mehmet-personal');
    await expect(meter).to.be.accessible();

    history.replaceState(history.state, '', `${location.pathname}${url.search}`);
    const finder = await fixture<LbCourseFinder>(
      html`<lb-course-finder api-base=${apiBase} cache="memory" sync-url></lb-course-finder>`,
    );
    await waitUntil(() => finder.shadowRoot!.textContent!.includes('Je ziet alleen cursussen die'), 'no pot notice', {
      timeout: 10_000,
    });
    const pots = (await serverBudget(mehmet)).pots;
    const engine = (await createClient({ baseUrl: apiBase, cache: 'none' }).catalogue.sync()).index;
    const expected = engine.search({ budget: { pots, paidBy: 'mehmet-personal' }, limit: 1000 });
    expect(expected.total).to.be.greaterThan(0).and.lessThan(engine.size);
    const count = () => collapse(finder.shadowRoot!.querySelector('[part="count"]')!.textContent!);
    await waitUntil(() => /gevonden/.test(count()), 'no count');
    expect(count()).to.equal(expected.total === 1 ? '1 cursus gevonden' : `${expected.total} cursussen gevonden`);
    expect(collapse(finder.shadowRoot!.querySelector('[part="notice"]')!.textContent!)).to.contain(
      'Je ziet alleen cursussen die Persoonlijk opleidingsbudget nog betaalt.',
    );
    await expect(finder).to.be.accessible();
  });
});
