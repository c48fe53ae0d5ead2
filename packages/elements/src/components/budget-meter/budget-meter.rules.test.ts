import { expect, fixture, html } from '@open-wc/testing';
import type { BudgetPot } from '@leerbudget/contract';
import { addDays, todayIsoDate } from '@leerbudget/sdk/funding';
import { configure } from '../../data/configure.js';
import {
  budgetStep,
  collapse,
  demoUser,
  euros,
  longDate,
  nextBudgetLoad,
  programFaults,
  serverBudget,
  testServers,
  visibleText,
} from '../../../test/helpers.js';
import '../../define/budget-meter.js';
import type { LbBudgetMeter } from './budget-meter.component.js';

let apiBase: string;
before(async () => {
  ({ apiBase } = await testServers());
});
afterEach(() => configure({ getToken: undefined }));

/** Signs in as a demo employee and shows their meter with fresh data from the reference server. */
async function meterOf(id: string, variant: 'compact' | 'full', base = apiBase) {
  const user = await demoUser(id);
  configure({ getToken: () => user.token });
  const budget = await serverBudget(user);
  const loaded = nextBudgetLoad();
  const element = await fixture<LbBudgetMeter>(
    html`<lb-budget-meter lang="nl" variant=${variant} api-base=${base} cache="memory"></lb-budget-meter>`,
  );
  await loaded;
  await element.updateComplete;
  return { element, budget };
}

const fullMeterOf = (id: string) => meterOf(id, 'full');

function meters(element: LbBudgetMeter): HTMLElement[] {
  return [...(element.shadowRoot as ShadowRoot).querySelectorAll<HTMLElement>('[role="meter"]')];
}

function valueText(meter: HTMLElement | undefined): string {
  return collapse(meter?.getAttribute('aria-valuetext') ?? '');
}

/** The meter of the pot with this name (full variant). */
function potMeter(element: LbBudgetMeter, name: string): HTMLElement | undefined {
  return meters(element).find((meter) => meter.getAttribute('aria-label') === name);
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

  for (const variant of ['compact', 'full'] as const) {
    it(`hanna (${variant}): what she can use now is the total; the pot that starts later is said apart`, async () => {
      const { element, budget } = await meterOf('hanna', variant);
      const today = todayIsoDate();
      const later = budget.pots.find((candidate) => candidate.validFrom !== null && candidate.validFrom > today)!;
      const now = budget.pots.filter((candidate) => candidate !== later);
      const nowLeft = now.reduce((sum, candidate) => sum + candidate.available, 0);
      const nowTotal = now.reduce((sum, candidate) => sum + candidate.total, 0);
      const comes = `${euros(later.available)} komt erbij vanaf ${longDate(later.validFrom!)}.`;

      const headline = collapse((element.shadowRoot as ShadowRoot).querySelector('.figure')!.textContent ?? '');
      expect(headline).to.equal(`${euros(nowLeft)} over van ${euros(nowTotal)}`);
      const line = (element.shadowRoot as ShadowRoot).querySelector('[part="later"]');
      expect(collapse(line?.textContent ?? '')).to.equal(comes);
      if (variant === 'compact') {
        const [meter] = meters(element);
        expect(Number(meter!.getAttribute('aria-valuenow'))).to.equal(nowLeft / 100);
        expect(Number(meter!.getAttribute('aria-valuemax'))).to.equal(nowTotal / 100);
        expect(valueText(meter)).to.match(new RegExp(`^${euros(nowLeft)} van ${euros(nowTotal)} over\\.`));
        expect(valueText(meter)).to.include(comes);
      } else {
        const pot = potText(element, later.name);
        expect(pot).to.include(`Vanaf ${longDate(later.validFrom!)} te gebruiken.`);
        expect(pot, 'nothing of it is "over" now').not.to.include(`${euros(0)} over`);
        expect(valueText(potMeter(element, later.name))).to.equal(comes);
      }
      expect(visibleText(element)).not.to.include(euros(nowLeft + later.available));
      await expect(element).to.be.accessible();
    });
  }

  it('lisa: the spoken value names only what would be lost, and what carries over', async () => {
    const { element, budget } = await meterOf('lisa', 'compact');
    const pot = budget.pots.find((candidate) => candidate.kind !== 'team' && candidate.carryOver)!;
    const carried = Math.min(pot.available, pot.rules.carryOverMax!);
    expect(pot.available - carried, 'part of it is lost, part carries over').to.be.greaterThan(0);
    const [meter] = meters(element);
    expect(valueText(meter)).to.equal(
      `${euros(pot.available)} van ${euros(pot.total)} over. ` +
        `${euros(pot.available - carried)} daarvan kun je gebruiken tot en met ${longDate(pot.expiresAt!)}. ` +
        `${euros(carried)} gaat mee naar volgend jaar, tot ${longDate(pot.rules.carryOverUntil!)}.`,
    );

    const full = await fullMeterOf('lisa');
    expect(valueText(potMeter(full.element, pot.name))).to.include(
      `${euros(pot.available - carried)} daarvan kun je gebruiken tot en met ${longDate(pot.expiresAt!)}.`,
    );
  });

  it('in the carry-over period the date line and the spoken value name the end of the carry-over, not the past end', async () => {
    const today = todayIsoDate();
    const ended = addDays(today, -20);
    const until = addDays(today, 100);
    const carrying: BudgetPot = {
      id: 'carried',
      name: 'Meegenomen budget',
      kind: 'personal',
      funder: { name: 'Werkgever' },
      unit: 'money',
      currency: 'EUR',
      total: 100_000,
      spent: 40_000,
      reserved: 0,
      available: 60_000,
      validFrom: addDays(today, -385),
      expiresAt: ended,
      carryOver: true,
      priority: 1,
      rules: {
        coveragePercent: 100,
        requiresCertifiedProvider: false,
        requiresApproval: false,
        carryOverMax: 25_000,
        carryOverUntil: until,
      },
    };
    const base = await programFaults('meter-carry-over-period', [
      budgetStep({ userId: 'anna', asOf: new Date().toISOString(), pots: [carrying] }),
    ]);
    const { element } = await meterOf('anna', 'full', base);
    const text = potText(element, carrying.name);
    expect(text).to.include(`${euros(25_000)} over`);
    expect(text).to.include(`Meegenomen van vorig jaar. Te gebruiken tot en met ${longDate(until)}.`);
    expect(text, 'the past end date is not shown as the end').not.to.include(longDate(ended));
    expect(text, 'what already moved on does not move on again').not.to.include('gaat mee naar volgend jaar');
    expect(valueText(potMeter(element, carrying.name))).to.equal(
      `${euros(25_000)} van ${euros(100_000)} over. Je kunt het gebruiken tot en met ${longDate(until)}.`,
    );
    await expect(element).to.be.accessible();
  });
});
