import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DemoUser } from '@leerbudget/contract';
import { configure } from '../../data/configure.js';
import { collapse, demoUser, serverBudget, testServers } from '../../../test/helpers.js';
import '../../define/course-finder.js';
import type { LbCourseFinder } from './course-finder.component.js';

const DEMENTIA = 'Omgaan met mensen met dementie';

let apiBase: string;
let fatima: DemoUser;
before(async () => {
  ({ apiBase } = await testServers());
  fatima = await demoUser('fatima');
});
afterEach(() => configure({ getToken: undefined }));

/** Fatima's finder on the dementia topic, with her plans shown. */
async function fatimaFinder(): Promise<LbCourseFinder> {
  configure({ getToken: () => fatima.token });
  const element = await fixture<LbCourseFinder>(
    html`<lb-course-finder lang="nl" api-base=${apiBase} cache="memory" topics="dementie"></lb-course-finder>`,
  );
  await waitUntil(() => cardOf(element, DEMENTIA)?.querySelector('[part~="plan"]'), 'no plan on the card', {
    timeout: 10_000,
  });
  await element.updateComplete;
  return element;
}

function cardOf(finder: LbCourseFinder, title: string): Element | undefined {
  return [...finder.shadowRoot!.querySelectorAll('[part="card"]')].find(
    (card) => collapse(card.querySelector('[part="card-title"]')?.textContent ?? '') === title,
  );
}

/** The hours Fatima's time pot can give now (requests of other tests may hold some of the seeded 20). */
async function hoursLeft(): Promise<{ name: string; available: number }> {
  const pot = (await serverBudget(fatima)).pots.find((candidate) => candidate.unit === 'hours')!;
  return { name: pot.name, available: pot.available };
}

describe('the hours plan beside the money (reference server)', () => {
  it('fatima: a finder card shows the 16 hours her time pot gives', async () => {
    const element = await fatimaFinder();
    const { name, available } = await hoursLeft();
    expect(available, 'the seed leaves enough hours for the course').to.be.at.least(16);
    const hours = [...cardOf(element, DEMENTIA)!.querySelectorAll('[part="plan-hours"]')].map((line) =>
      collapse(line.textContent ?? ''),
    );
    expect(hours).to.deep.equal([`${name} geeft je 16 uur leertijd van je werk.`]);
    await expect(element).to.be.accessible();
  });

  it('fatima: the request dialog shows the hours plan beside the money plan', async () => {
    const element = await fatimaFinder();
    const { name } = await hoursLeft();
    const button = () => cardOf(element, DEMENTIA)?.querySelector<HTMLButtonElement>('[part="request-button"]');
    await waitUntil(button, 'no Aanvragen button', { timeout: 10_000 });
    button()!.click();
    const dialogOf = () => element.shadowRoot!.querySelector('lb-request-dialog');
    await waitUntil(() => dialogOf()?.shadowRoot?.querySelector('dialog')?.open, 'no dialog');
    const dialog = dialogOf()!;
    await waitUntil(() => dialog.shadowRoot!.querySelector('[part="plan-hours"]'), 'no hours plan in the dialog');
    const hours = collapse(dialog.shadowRoot!.querySelector('[part="plan-hours"]')!.textContent ?? '');
    expect(hours).to.equal(`${name} geeft je 16 uur leertijd van je werk.`);
    const money = [...dialog.shadowRoot!.querySelectorAll('[part="plan-lines"] li')].map((li) =>
      collapse(li.textContent!),
    );
    expect(
      money.some((line) => line.includes('uur')),
      'hours are not a money line',
    ).to.equal(false);
    await expect(dialog).to.be.accessible();
  });

  it('anna (no time pots): no hours plan on the cards', async () => {
    const anna = await demoUser('anna');
    configure({ getToken: () => anna.token });
    const element = await fixture<LbCourseFinder>(
      html`<lb-course-finder lang="nl" api-base=${apiBase} cache="memory" topics="dementie"></lb-course-finder>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="plan"]'), 'no plans', { timeout: 10_000 });
    expect(element.shadowRoot!.querySelector('[part="plan-hours"]')).to.equal(null);
  });
});
