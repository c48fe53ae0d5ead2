import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../data/configure.js';
import {
  collapse,
  demoUser,
  euros,
  longDate,
  nextBudgetLoad,
  serverBudget,
  testServers,
} from '../../../test/helpers.js';
import '../../define/budget-meter.js';
import type { LbBudgetMeter } from './budget-meter.component.js';

let apiBase: string;
before(async () => {
  ({ apiBase } = await testServers());
});
afterEach(() => configure({ getToken: undefined }));

/** Signs in as a demo employee and shows their full meter with fresh data from the reference server. */
async function fullMeterOf(id: string) {
  const user = await demoUser(id);
  configure({ getToken: () => user.token });
  const budget = await serverBudget(user);
  const loaded = nextBudgetLoad();
  const element = await fixture<LbBudgetMeter>(
    html`<lb-budget-meter lang="nl" variant="full" api-base=${apiBase} cache="memory"></lb-budget-meter>`,
  );
  await loaded;
  await element.updateComplete;
  return { element, budget };
}

/** The visible text of the pot with this name. */
function potText(element: LbBudgetMeter, name: string): string {
  const pots = [...(element.shadowRoot as ShadowRoot).querySelectorAll('[part="pot"]')];
  const pot = pots.find((candidate) => candidate.querySelector('[part="pot-name"]')?.textContent?.includes(name));
  expect(pot, `pot ${name}`).to.exist;
  return collapse(pot!.textContent ?? '');
}

describe('<lb-budget-meter> budget rules (reference server)', () => {
  it('fatima: a pro-rata pot says it is scaled to her hours', async () => {
    const { element, budget } = await fullMeterOf('fatima');
    const pot = budget.pots.find((candidate) => candidate.rules.proRata)!;
    expect(pot.rules.proRata).to.deep.equal({ fullTimeHours: 36, contractHours: 24, fullTimeTotal: 75_000 });
    expect(potText(element, pot.name)).to.include(
      `Je werkt 24 van 36 uur. Daarom is dit ${euros(pot.total)} in plaats van ${euros(75_000)}.`,
    );
    await expect(element).to.be.accessible();
  });

  it('lisa: a pot that carries over says how much moves on to next year, and until when', async () => {
    const { element, budget } = await fullMeterOf('lisa');
    const pot = budget.pots.find((candidate) => candidate.carryOver && candidate.expiresAt !== null)!;
    const carried = Math.min(pot.available, pot.rules.carryOverMax!);
    expect(carried).to.be.greaterThan(0);
    const text = potText(element, pot.name);
    expect(text).to.include(
      `${euros(carried)} gaat mee naar volgend jaar, tot ${longDate(pot.rules.carryOverUntil!)}.`,
    );
    const line = (element.shadowRoot as ShadowRoot).querySelector('[part="pot-carry-over"]');
    expect(line, 'the carry-over line has its part').to.exist;
    await expect(element).to.be.accessible();
  });

  it('hanna: a pot that has not started yet says from which day she can use it', async () => {
    const { element, budget } = await fullMeterOf('hanna');
    const today = new Date().toISOString().slice(0, 10);
    const later = budget.pots.find((candidate) => candidate.validFrom !== null && candidate.validFrom > today)!;
    expect(later, 'a pot that starts later').to.exist;
    expect(potText(element, later.name)).to.include(`Vanaf ${longDate(later.validFrom!)} te gebruiken.`);
    const started = budget.pots.find((candidate) => candidate !== later)!;
    expect(potText(element, started.name)).not.to.include('Vanaf');
    await expect(element).to.be.accessible();
  });
});
