import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../data/configure.js';
import { sharedClient } from '../../data/shared-client.js';
import {
  cancelOpenRequests,
  collapse,
  demoUser,
  euros,
  nextBudgetLoad,
  serverBudget,
  testServers,
} from '../../../test/helpers.js';
import '../../define/budget-meter.js';
import type { LbBudgetMeter } from './budget-meter.component.js';

/** The "reserved" figure of the first pot in the full meter. */
function reservedShown(element: LbBudgetMeter): string {
  const figures = element.shadowRoot!.querySelector('[part="pot-figures"]')!;
  return spaced(figures.querySelectorAll('dd')[1]!.textContent!);
}

/** Intl puts a no-break space between € and the amount; compare the words, not the kind of space. */
function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('<lb-budget-meter> after a course request (reference server)', () => {
  it('shows the new reserved amount after a create and after a cancel, without a reload', async () => {
    const { apiBase } = await testServers();
    const anna = await demoUser('anna');
    configure({ getToken: () => anna.token });
    const firstLoad = nextBudgetLoad();
    const element = await fixture<LbBudgetMeter>(
      html`<lb-budget-meter api-base=${apiBase} cache="memory" variant="full"></lb-budget-meter>`,
    );
    await firstLoad;
    await element.updateComplete;
    expect(reservedShown(element)).to.equal(spaced(euros(0)));

    const client = sharedClient({ apiBase, cache: 'memory' });
    const afterCreate = nextBudgetLoad();
    const request = await client.requests.create({ courseId: 'ict-sql-databases', offeringId: 'ict-sql-databases-1' });
    await afterCreate;
    await element.updateComplete;
    expect(request.lines.map((line) => line.potId)).to.deep.equal(['anna-personal']);
    expect(reservedShown(element)).to.equal(spaced(euros(65_000)));

    const afterCancel = nextBudgetLoad();
    await client.requests.cancel(request.id);
    await afterCancel;
    await element.updateComplete;
    expect(reservedShown(element)).to.equal(spaced(euros(0)));
  });

  it('says per pot how much its open requests hold: "€ 650 gereserveerd voor 1 aanvraag"', async () => {
    const { apiBase } = await testServers();
    const anna = await demoUser('anna');
    configure({ getToken: () => anna.token });
    const firstLoad = nextBudgetLoad();
    const element = await fixture<LbBudgetMeter>(
      html`<lb-budget-meter api-base=${apiBase} cache="memory" variant="full"></lb-budget-meter>`,
    );
    await firstLoad;
    expect(element.shadowRoot!.querySelector('[part="pot-requests"]')).to.equal(null);
    const client = sharedClient({ apiBase, cache: 'memory' });
    try {
      let loaded = nextBudgetLoad();
      await client.requests.create({ courseId: 'ict-sql-databases', offeringId: 'ict-sql-databases-1' });
      await loaded;
      await element.updateComplete;
      const line = () => collapse(element.shadowRoot!.querySelector('[part="pot-requests"]')!.textContent!);
      expect(line()).to.equal(`${euros(65_000)} gereserveerd voor 1 aanvraag`);
      // The second request gets the € 100 left; Anna pays the rest of the € 295 herself.
      loaded = nextBudgetLoad();
      await client.requests.create({ courseId: 'ict-azure-fundamentals', offeringId: 'ict-azure-fundamentals-2' });
      await loaded;
      await element.updateComplete;
      expect(line()).to.equal(`${euros(75_000)} gereserveerd voor 2 aanvragen`);
      expect((await serverBudget(anna)).pots[0]!.openRequests).to.deep.equal({ count: 2, amount: 75_000 });
    } finally {
      await cancelOpenRequests(anna);
    }
  });
});
