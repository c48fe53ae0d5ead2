import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { callStore } from '@leerbudget/test-kit/servers';
import { configure } from '../../data/configure.js';
import { collapse, demoUser, euros, programFaults, testServers } from '../../../test/helpers.js';
import '../../define/learning-path.js';
import '../../define/team-budget.js';
import type { LbLearningPath } from './learning-path.component.js';
import type { LbTeamBudget } from '../team-budget/team-budget.component.js';

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const parts = (element: Element, name: string) => [
  ...shadow(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const progressText = (element: Element) =>
  shadow(element).querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext') ?? '';
const costRows = (element: Element) =>
  parts(element, 'cost-row').map((row) =>
    collapse(`${row.querySelector('dt')!.textContent} ${row.querySelector('dd')!.textContent}`),
  );

async function signIn(id: string): Promise<void> {
  const user = await demoUser(id);
  configure({ getToken: () => user.token });
}

/** Waits (mocha's time limit applies) until `done()` holds after a render. */
async function until(element: LbLearningPath | LbTeamBudget, done: () => boolean): Promise<void> {
  await waitUntil(async () => (await element.updateComplete, done()), 'the widget did not get there', {
    timeout: 30_000,
  });
}

describe('marking a workplace step done (Mehmet), and his manager Lisa seeing it', () => {
  let apiBase: string;
  before(async () => {
    ({ apiBase } = await testServers());
  });
  // The demo server is shared by every test: leave Mehmet's route as seeded.
  afterEach(() => callStore('forgetStepCompletions', 'mehmet'));

  it('the step, its progress and the route cost follow at once; Lisa’s team view counts it', async () => {
    await signIn('mehmet');
    const path = await fixture<LbLearningPath>(
      html`<lb-learning-path variant="full" api-base=${apiBase} cache="memory"></lb-learning-path>`,
    );
    await until(path, () => costRows(path).length > 0);
    // Steps 1 (reading, 2 h) of 7 done; 137 hours in all.
    expect(progressText(path)).to.equal('1 van 7 stappen klaar. 2 van 137 uur gedaan.');
    expect(costRows(path)).to.include(`Persoonlijk opleidingsbudget betaalt ${euros(35000)}`);
    // A course step (the next step) has no button of this kind: a course is done when it is completed.
    expect(parts(path, 'next-step')[0]!.querySelector('[part="done-button"]')).to.equal(null);

    parts(path, 'step-button')[2]!.click(); // "Meewerken met de EV-specialist", 32 h, € 350 of its own
    await until(path, () => parts(path, 'done-button').length === 1);
    const button = parts(path, 'done-button')[0]!;
    expect(collapse(button.textContent!)).to.equal('Markeer als gedaan');
    await expect(path).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(path, () => progressText(path) === '2 van 7 stappen klaar. 34 van 137 uur gedaan.');
    expect(collapse(shadow(path).querySelector('.base > [role="status"]')!.textContent!)).to.equal(
      'Klaar: Meewerken met de EV-specialist. 2 van 7 stappen klaar. 34 van 137 uur gedaan.',
    );
    const step = parts(path, 'step')[2]!;
    expect(collapse(step.textContent!)).to.include('Klaar');
    expect(parts(path, 'done-button')).to.have.length(0);
    // Focus stays on the step, not on the page top.
    expect(shadow(path).activeElement).to.equal(parts(path, 'step-button')[2]);
    // The step is paid for now: its € 350 leaves the route's cost.
    expect(costRows(path)[0]).to.equal(`Prijs van de route ${euros(379500)}`);
    expect(costRows(path)).not.to.include(`Persoonlijk opleidingsbudget betaalt ${euros(35000)}`);
    await expect(path).to.be.accessible();

    await signIn('lisa');
    const team = await fixture<LbTeamBudget>(
      html`<lb-team-budget api-base=${apiBase} cache="memory"></lb-team-budget>`,
    );
    await until(team, () => parts(team, 'member').length > 0);
    const mehmet = shadow(team).querySelector('[data-member="mehmet"]')!;
    const figures = Object.fromEntries(
      [...mehmet.querySelectorAll('dl > div')].map((row) => [
        collapse(row.querySelector('dt')!.textContent!),
        collapse(row.querySelector('dd')!.textContent!),
      ]),
    );
    expect(figures['Leerroute']).to.equal('2 van 7 stappen gedaan');
    await expect(team).to.be.accessible();
  });

  it('a refusal keeps the step to do and says in plain words what to do, accessibly', async () => {
    await signIn('mehmet');
    // An API that counts this step as one only HR marks done.
    const refused = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'A course step is done when its course is completed.',
      reasons: [{ code: 'not-self-completable' }],
    };
    const base = await programFaults('step-done-refused', [
      {
        status: 409,
        headers: { 'content-type': 'application/problem+json' },
        body: JSON.stringify(refused),
        path: '/v1/me/learning-paths/path-mehmet-ev/steps/mehmet-3/complete',
      },
    ]);
    const path = await fixture<LbLearningPath>(
      html`<lb-learning-path variant="full" api-base=${base} cache="memory"></lb-learning-path>`,
    );
    await until(path, () => costRows(path).length > 0);
    parts(path, 'step-button')[2]!.click();
    await until(path, () => parts(path, 'done-button').length === 1);
    parts(path, 'done-button')[0]!.click();
    await until(path, () => !!shadow(path).querySelector('[part="step"] [role="alert"]'));
    expect(collapse(shadow(path).querySelector('[part="step"] [role="alert"]')!.textContent!)).to.equal(
      'Deze stap kun je niet zelf op klaar zetten. Vraag HR om hulp.',
    );
    expect(progressText(path)).to.equal('1 van 7 stappen klaar. 2 van 137 uur gedaan.');
    expect(parts(path, 'done-button')[0]!.getAttribute('aria-disabled')).to.equal('false');
    await expect(path).to.be.accessible();
  });
});
