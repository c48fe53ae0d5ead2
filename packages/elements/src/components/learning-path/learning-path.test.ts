import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DemoUser, LearningPath } from '@leerbudget/contract';
import { configure } from '../../data/configure.js';
import {
  collapse,
  demoUser,
  euros,
  jsonStep,
  nextError,
  programFaults,
  serverBudget,
  testServers,
  visibleText,
} from '../../../test/helpers.js';
import '../../define/learning-path.js';
import type { LbLearningPath } from './learning-path.component.js';
import type { LbCourseSelectEvent } from '../../events/course-select-event.js';
import type { LbStepSelectEvent } from '../../events/step-select-event.js';

const WITH_PATH = ['sanne', 'mehmet', 'fatima', 'lisa', 'james'];
const WITHOUT_PATH = ['anna', 'pieter'];
const STATUS_NL: Record<string, string> = { done: 'Klaar', 'in-progress': 'Bezig', todo: 'Nog doen' };
const KIND_NL: Record<string, string> = {
  course: 'Cursus',
  workplace: 'Leren op het werk',
  coaching: 'Coaching',
  assessment: 'Toets',
  reading: 'Lezen',
  event: 'Bijeenkomst',
};

async function signIn(id: string): Promise<DemoUser> {
  const user = await demoUser(id);
  configure({ getToken: () => user.token });
  return user;
}

/** The routes straight from the reference server, to compare the widget with. */
async function serverPaths(user: DemoUser): Promise<LearningPath[]> {
  const { apiBase } = await testServers();
  const response = await fetch(`${apiBase}/v1/me/learning-paths`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  return ((await response.json()) as { items: LearningPath[] }).items;
}

function shadow(element: Element): ShadowRoot {
  return element.shadowRoot as ShadowRoot;
}

function part<T extends Element = HTMLElement>(element: Element, name: string): T | null {
  return shadow(element).querySelector<T>(`[part~="${name}"]`);
}

/** The route's cost as "term value" lines. */
function costRows(element: Element): string[] {
  return parts(element, 'cost-row').map((row) =>
    collapse(`${row.querySelector('dt')!.textContent} ${row.querySelector('dd')!.textContent}`),
  );
}

function parts<T extends Element = HTMLElement>(element: Element, name: string): T[] {
  return [...shadow(element).querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Waits (without a time limit of its own; mocha's applies) until `done()` holds after a render. */
async function until(element: LbLearningPath, done: () => boolean): Promise<void> {
  for (;;) {
    await element.updateComplete;
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Settled: nothing loading any more, and no "Bijgewerkt om" notice (the fresh data is shown). */
function settled(element: LbLearningPath): boolean {
  return !part(element, 'state-loading') && !part(element, 'notice');
}

async function renderPath(template: ReturnType<typeof html>): Promise<LbLearningPath> {
  const element = await fixture<LbLearningPath>(template);
  await until(element, () => settled(element));
  return element;
}

function dateNl(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A valid route for fault-server answers, with steps of every kind that are not courses. */
function plantedPath(overrides: Partial<LearningPath> = {}): LearningPath {
  return {
    id: 'path-planted',
    title: 'Geplante route',
    goal: 'Iets nieuws leren.',
    owner: 'self',
    outcomes: [],
    steps: [
      { id: 'p-1', kind: 'reading', title: 'Lees het handboek', status: 'done', estimatedHours: 2 },
      {
        id: 'p-2',
        kind: 'workplace',
        title: 'Oefen op de werkvloer',
        instructions: 'Vraag een collega om mee te kijken.',
        status: 'todo',
        due: isoDaysFromToday(-10),
        estimatedHours: 8,
      },
      {
        id: 'p-3',
        kind: 'course',
        title: 'Een cursus die niet bestaat',
        courseId: 'bestaat-niet',
        status: 'todo',
        estimatedHours: 4,
      },
    ],
    progress: { stepsDone: 1, stepsTotal: 3, hoursDone: 2, hoursTotal: 14 },
    ...overrides,
  };
}

/** A fault scenario whose learning-path list is `paths`; `/v1/me` and everything else pass through. */
function withPaths(scenario: string, paths: LearningPath[]): Promise<string> {
  return programFaults(scenario, [{ ...jsonStep({ items: paths }), path: '/v1/me/learning-paths' }]);
}

let apiBase: string;
before(async () => {
  ({ apiBase } = await testServers());
});

describe('<lb-learning-path> with every demo employee (steps and progress from the reference server)', () => {
  for (const id of WITH_PATH) {
    it(`${id}: steps, progress and next step match the server`, async () => {
      const user = await signIn(id);
      const [path] = await serverPaths(user);
      const element = await renderPath(
        html`<lb-learning-path lang="nl" variant="full" api-base=${apiBase} cache="memory"></lb-learning-path>`,
      );
      expect(collapse(part(element, 'title')!.textContent!)).to.equal(collapse(path!.title));
      const { stepsDone, stepsTotal, hoursDone, hoursTotal } = path!.progress;
      const bar = shadow(element).querySelector('[role="progressbar"]')!;
      expect(Number(bar.getAttribute('aria-valuenow'))).to.equal(stepsDone);
      expect(Number(bar.getAttribute('aria-valuemax'))).to.equal(stepsTotal);
      const hours = (value: number) => value.toLocaleString('nl', { maximumFractionDigits: 1 });
      expect(bar.getAttribute('aria-valuetext')).to.equal(
        `${stepsDone} van ${stepsTotal} stappen klaar. ${hours(hoursDone)} van ${hours(hoursTotal)} uur gedaan.`,
      );
      const steps = parts(element, 'step');
      expect(steps.map((step) => collapse(step.querySelector('[part="step-button"]')!.textContent!))).to.deep.equal(
        path!.steps.map((step) => collapse(step.title)),
      );
      path!.steps.forEach((step, index) => {
        const text = collapse(steps[index]!.textContent!);
        expect(text).to.include(STATUS_NL[step.status]!).and.include(KIND_NL[step.kind]!);
      });
      const next = path!.steps.find((step) => step.status !== 'done')!;
      expect(collapse(part(element, 'next-step')!.textContent!)).to.include(`Volgende stap: ${collapse(next.title)}`);
      expect(steps[path!.steps.indexOf(next)]!.getAttribute('aria-current')).to.equal('step');
      if (path!.outcomes.length > 0) expect(visibleText(element)).to.include(collapse(path!.outcomes[0]!));
      await expect(element).to.be.accessible();
    });
  }

  it('anna and pieter have no route: an empty state that says what to do, accessible', async () => {
    for (const id of WITHOUT_PATH) {
      await signIn(id);
      const element = await renderPath(html`<lb-learning-path api-base=${apiBase} cache="memory"></lb-learning-path>`);
      expect(part(element, 'state-empty'), id).to.exist;
      expect(visibleText(element)).to.include('Je hebt nog geen leerroute. Maak er samen met je leidinggevende een.');
      await expect(element).to.be.accessible();
    }
  });
});

describe('<lb-learning-path> cost across pots (hand-computed from the demo data)', () => {
  it('mehmet: the sector fund pays the first course, runs out in the second; his own pot expired before it', async () => {
    // Pots (demo data): OOMT sector fund, priority 1, € 2.100 left, max € 1.500 per course, EV topics, certified
    // providers (Mobiliteitsacademie Oost has NRTO); personal pot € 450, priority 2, ends 21 days from today.
    // Priced steps still to do: € 895 in 14 days, the workplace step's own € 350 in 21 days, € 1.650 in 75 days,
    // € 1.250 in 150 days.
    //   step 2: OOMT pays € 895 (left € 1.205); the personal pot is not needed.        own € 0
    //   step 3: OOMT pays no step without a certified provider; personal pays € 350 on its last day. own € 0
    //   step 4: OOMT pays € 1.205 (under its € 1.500 cap, then empty); personal pot expired. own € 445
    //   step 6: OOMT is empty; personal pot expired.                                      own € 1.250
    // Route: € 4.145 in all, OOMT € 2.100, personal € 350, own € 1.695.
    // Hours still to do: 24 + 32 + 40 + 3 + 32 + 4 = 135, no time pot.
    const user = await signIn('mehmet');
    const personal = (await serverBudget(user)).pots.find((pot) => pot.id === 'mehmet-personal')!;
    const element = await renderPath(
      html`<lb-learning-path variant="full" api-base=${apiBase} cache="memory"></lb-learning-path>`,
    );
    expect(costRows(element)).to.deep.equal([
      `Prijs van de route ${euros(414500)}`,
      `Opleidingsbudget mobiliteitsbranche betaalt ${euros(210000)}`,
      `Persoonlijk opleidingsbudget betaalt ${euros(35000)}`,
      `Dit betaal je zelf ${euros(169500)}`,
      'Tijd die je nog nodig hebt 135 uur',
      'Uren die geen budget betaalt 135 uur',
    ]);
    const stepCost = (stepId: number) => {
      const lines = parts(element, 'step')[stepId - 1]!.querySelectorAll('[part="step-cost"] p, [part="step-cost"] li');
      return collapse([...lines].map((line) => line.textContent).join(' '));
    };
    const expired = `Persoonlijk opleidingsbudget: Je kunt dit budget gebruiken tot en met ${dateNl(personal.expiresAt!)}. De cursus begint later.`;
    // These courses are priced without VAT, and every step says so.
    expect(stepCost(2)).to.equal(
      `Prijs: ${euros(89500)}, zonder btw. Jij betaalt ${euros(0)}. Opleidingsbudget mobiliteitsbranche betaalt ${euros(89500)}.`,
    );
    expect(stepCost(4)).to.equal(
      `Prijs: ${euros(165000)}, zonder btw. Jij betaalt ${euros(44500)}. Opleidingsbudget mobiliteitsbranche betaalt ${euros(120500)}. ${expired}`,
    );
    expect(stepCost(6)).to.equal(
      `Prijs: ${euros(125000)}, zonder btw. Jij betaalt ${euros(125000)}. Opleidingsbudget mobiliteitsbranche: Dit budget is op. ${expired}`,
    );
    expect(stepCost(3)).to.equal(
      `Prijs: ${euros(35000)}, met btw. Jij betaalt ${euros(0)}. Persoonlijk opleidingsbudget betaalt ${euros(35000)}. Opleidingsbudget mobiliteitsbranche: Dit budget betaalt alleen opleiders met een keurmerk. Deze stap heeft geen opleider.`,
    );
    // A workplace step has no provider: the reason says so, not that "this provider" lacks a quality mark.
    expect(stepCost(3)).not.to.include('Deze opleider');
    for (const stepId of [1, 5, 7])
      expect(parts(element, 'step')[stepId - 1]!.querySelector('[part="step-cost"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('fatima: hours against her time budget, and the money pot that needs approval', async () => {
    // Still to do: the € 395 dementia course (16 h, in progress), coaching 6 h, an event 2 h = 24 h.
    // Time pot "Scholingsuren": 40 − 12 spent − 8 reserved = 20 h → 20 h covered, 4 h not.
    // Money: her personal pot (€ 415 left, care topics, approval by the team leader) pays all € 395.
    await signIn('fatima');
    const element = await renderPath(
      html`<lb-learning-path variant="full" api-base=${apiBase} cache="memory"></lb-learning-path>`,
    );
    expect(costRows(element)).to.deep.equal([
      `Prijs van de route ${euros(39500)}`,
      `Persoonlijk opleidingsbudget betaalt ${euros(39500)}`,
      `Dit betaal je zelf ${euros(0)}`,
      'Tijd die je nog nodig hebt 24 uur',
      'Scholingsuren betaalt 20 uur',
      'Uren die geen budget betaalt 4 uur',
    ]);
    expect(collapse(part(element, 'cost')!.textContent!)).to.include(
      'Spreek met je leidinggevende af wanneer je deze uren leert.',
    );
    // The approver's role in words of the widget's language.
    expect(collapse(part(element, 'step-cost')!.textContent!)).to.include('Vraag eerst toestemming aan je teamleider.');
  });
});

describe('<lb-learning-path> next step and its call to action', () => {
  it('a course step links to the course page (https only)', async () => {
    await signIn('mehmet');
    const element = await renderPath(html`<lb-learning-path api-base=${apiBase} cache="memory"></lb-learning-path>`);
    const link = part<HTMLAnchorElement>(element, 'course-link')!;
    expect(link.href).to.equal('https://mobiliteitsacademie.example.nl/opleidingen/ev-veilig-werken');
    expect(collapse(link.textContent!)).to.equal('Bekijk de cursus');
    expect(part(element, 'steps'), 'card variant lists no steps').to.equal(null);
    expect(visibleText(element))
      .to.include('Doel: Zelfstandig onderhoud en diagnose doen')
      .and.include('Je leidinggevende heeft deze route gemaakt.');
  });

  it('a course step says what it leads to: level in words and the credential, accessible', async () => {
    await signIn('mehmet');
    const element = await renderPath(html`<lb-learning-path api-base=${apiBase} cache="memory"></lb-learning-path>`);
    await until(element, () => !!part(element, 'outcomes'));
    // ev-veilig-werken in the demo data: NLQF 3, a CRKBO-recognised certificate of its provider.
    const outcomes = collapse(part(element, 'outcomes')!.textContent!);
    expect(outcomes).to.include('Niveau 3: mbo-niveau 3');
    expect(outcomes).to.include('Je krijgt een certificaat van Mobiliteitsacademie Oost. Erkend (CRKBO).');
    await expect(element).to.be.accessible();
  });

  it('another kind says what to do, and an overdue step says so in words', async () => {
    await signIn('anna');
    const planted = plantedPath();
    const base = await withPaths('path-next-workplace', [planted]);
    const element = await renderPath(html`<lb-learning-path api-base=${base} cache="memory"></lb-learning-path>`);
    const next = collapse(part(element, 'next-step')!.textContent!);
    expect(next)
      .to.include('Volgende stap: Oefen op de werkvloer')
      .and.include('Leren op het werk')
      .and.include('Vraag een collega om mee te kijken.');
    expect(collapse(part(element, 'overdue')!.textContent!)).to.equal(
      `Te laat. Dit moest af op ${dateNl(planted.steps[1]!.due!)}. Spreek met je leidinggevende een nieuwe datum af.`,
    );
    await expect(element).to.be.accessible();
  });

  it('a course without a page fires lb-course-select; opening a step fires lb-step-select', async () => {
    await signIn('anna');
    const planted = plantedPath({
      steps: plantedPath().steps.map((step) => ({ ...step, status: step.kind === 'course' ? 'todo' : 'done' })),
    });
    const base = await withPaths('path-events', [planted]);
    const element = await renderPath(
      html`<lb-learning-path variant="full" api-base=${base} cache="memory"></lb-learning-path>`,
    );
    expect(visibleText(element))
      .to.include('De prijs is niet bekend.')
      .and.include('Van een of meer cursussen weten we de prijs niet.');
    const courseSelected = new Promise<LbCourseSelectEvent>((resolve) =>
      document.addEventListener('lb-course-select', resolve, { once: true }),
    );
    part<HTMLButtonElement>(element, 'course-button')!.click();
    expect((await courseSelected).detail.courseId).to.equal('bestaat-niet');

    const [first] = parts<HTMLButtonElement>(element, 'step-button');
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    const stepSelected = new Promise<LbStepSelectEvent>((resolve) =>
      document.addEventListener('lb-step-select', resolve, { once: true }),
    );
    first!.click();
    const event = await stepSelected;
    expect(event.detail.step.id).to.equal('p-1');
    expect(event.detail.path.id).to.equal('path-planted');
    await element.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    expect(collapse(parts(element, 'step')[0]!.textContent!)).to.include(
      'Spreek met je leidinggevende af hoe en wanneer je dit doet.',
    );
  });
});

describe('<lb-learning-path> several routes, path-id', () => {
  const second = (): LearningPath => plantedPath({ id: 'path-second', title: 'Tweede route' });

  it('shows the current route with a selector; choosing another shows that one (keyboard)', async () => {
    await signIn('anna');
    const finished = plantedPath({
      id: 'path-finished',
      title: 'Klaar route',
      steps: plantedPath().steps.map((step) => ({ ...step, status: 'done' as const })),
    });
    const base = await withPaths('path-several', [finished, second()]);
    const element = await renderPath(html`<lb-learning-path api-base=${base} cache="memory"></lb-learning-path>`);
    expect(collapse(part(element, 'title')!.textContent!), 'the first route with work to do').to.equal('Tweede route');
    const select = part(element, 'chooser')!.querySelector('select')!;
    expect(collapse(part(element, 'chooser')!.textContent!)).to.include('Kies een leerroute');
    select.focus();
    await sendKeys({ press: 'ArrowUp' });
    select.dispatchEvent(new Event('change')); // headless Chromium changes the value but fires change only on blur
    await element.updateComplete;
    expect(select.value).to.equal('path-finished');
    expect(collapse(part(element, 'title')!.textContent!)).to.equal('Klaar route');
    expect(visibleText(element)).to.include('Je hebt alle stappen gedaan.');
    await expect(element).to.be.accessible();
  });

  it('path-id shows that route without a selector, and says so when it does not exist', async () => {
    await signIn('anna');
    const base = await withPaths('path-by-id', [plantedPath(), second()]);
    const element = await renderPath(
      html`<lb-learning-path path-id="path-second" api-base=${base} cache="memory"></lb-learning-path>`,
    );
    expect(collapse(part(element, 'title')!.textContent!)).to.equal('Tweede route');
    expect(part(element, 'chooser')).to.equal(null);
    element.pathId = 'path-unknown';
    await element.updateComplete;
    expect(visibleText(element)).to.include('We kunnen deze leerroute niet vinden.');
    await expect(element).to.be.accessible();
  });
});

describe('<lb-learning-path> states', () => {
  it('loading: a polite status, accessible', async () => {
    await signIn('mehmet');
    const base = await programFaults('path-loading', [], { hang: true });
    const element = await fixture<LbLearningPath>(
      html`<lb-learning-path api-base=${base} cache="memory"></lb-learning-path>`,
    );
    expect(part(element, 'state-loading')?.getAttribute('role')).to.equal('status');
    expect(visibleText(element)).to.include('Even geduld');
    await expect(element).to.be.accessible();
  });

  it('error: plain words, lb-error, and a retry that works, accessible', async () => {
    await signIn('mehmet');
    // 501: the server fails (a 403 offers no retry: asking again cannot help).
    const base = await programFaults('path-error', [{ status: 501, body: '', path: '/v1/me/learning-paths' }]);
    const failed = nextError();
    const element = await fixture<LbLearningPath>(
      html`<lb-learning-path api-base=${base} cache="memory"></lb-learning-path>`,
    );
    const event = await failed;
    expect(event.detail.message).to.include('werkt nu even niet');
    await until(element, () => !!part(element, 'state-error'));
    expect(visibleText(element)).to.include('werkt nu even niet');
    await expect(element).to.be.accessible();
    part<HTMLButtonElement>(element, 'retry-button')!.click();
    await until(element, () => settled(element) && !part(element, 'state-error'));
    expect(collapse(part(element, 'title')!.textContent!)).to.equal('Van benzine naar elektrisch');
  });

  it('stale: the cached route stays with "Bijgewerkt om …" and a retry when the refresh fails, accessible', async () => {
    await signIn('mehmet');
    const base = await programFaults('path-stale', []);
    const first = await renderPath(html`<lb-learning-path api-base=${base}></lb-learning-path>`);
    first.remove();
    await programFaults('path-stale', [], { status: 501, body: '' });
    const failed = nextError();
    const element = await fixture<LbLearningPath>(html`<lb-learning-path api-base=${base}></lb-learning-path>`);
    expect((await failed).detail.stale).to.equal(true);
    await until(element, () => !!part(element, 'retry-button'));
    expect(collapse(part(element, 'title')!.textContent!)).to.equal('Van benzine naar elektrisch');
    expect(visibleText(element)).to.match(/Bijgewerkt om \d\d:\d\d\./);
    await expect(element).to.be.accessible();
  });
});

describe('<lb-learning-path> security', () => {
  it('renders hostile titles and instructions as text', async () => {
    await signIn('anna');
    const hostile = '<img src=x onerror="window.__lbPathPwned=true">';
    const planted = plantedPath({
      title: hostile,
      goal: '<script>window.__lbPathPwned=true</script>',
      outcomes: [hostile],
      steps: plantedPath().steps.map((step) => ({ ...step, title: `${hostile} ${step.id}`, instructions: hostile })),
    });
    const base = await withPaths('path-xss', [planted]);
    const element = await renderPath(
      html`<lb-learning-path variant="full" api-base=${base} cache="memory"></lb-learning-path>`,
    );
    expect(shadow(element).querySelector('img, script')).to.equal(null);
    expect(part(element, 'title')!.textContent).to.equal(hostile);
    expect(parts(element, 'step-button')[1]!.textContent).to.equal(`${hostile} p-2`);
    expect(collapse(part(element, 'next-step')!.textContent!)).to.include(`Volgende stap: ${hostile} p-2`);
    expect((window as { __lbPathPwned?: boolean }).__lbPathPwned).to.equal(undefined);
  });
});

describe('<lb-learning-path> keyboard and layout', () => {
  it('every control is reachable with Tab, shows focus, and is at least 24 px high', async () => {
    await signIn('mehmet');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">voor</button>
      <lb-learning-path variant="full" api-base=${apiBase} cache="memory"></lb-learning-path>
    </div>`);
    const element = wrapper.querySelector<LbLearningPath>('lb-learning-path')!;
    await until(element, () => settled(element) && !!part(element, 'course-link'));
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: string[] = [];
    // The next step's "Aanvragen" (the API takes requests) sits right after its course link.
    for (let index = 0; index < 9; index += 1) {
      await sendKeys({ press: 'Tab' });
      const focused = shadow(element).activeElement as HTMLElement;
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      expect(focused.getBoundingClientRect().height).to.be.at.least(24);
      reached.push(focused.getAttribute('part')!);
    }
    expect(reached).to.deep.equal(['course-link', 'request-button', ...Array<string>(7).fill('step-button')]);
    await sendKeys({ press: 'Enter' }); // on the last step
    await element.updateComplete;
    expect(parts(element, 'step-button')[6]!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('fits 320 px without sideways scrolling', async () => {
    await signIn('mehmet');
    const element = await renderPath(
      html`<lb-learning-path variant="full" style="width: 320px" api-base=${apiBase} cache="memory"></lb-learning-path>`,
    );
    const base = part(element, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(element.getBoundingClientRect().width).to.equal(320);
  });
});

describe('<lb-learning-path> in English', () => {
  it('james (lang="en"): progress, next step and cost in English', async () => {
    // James's personal pot: € 1.200 − € 295 spent = € 905, valid 305 days. Course 1 (€ 595, in 15 days): pot pays
    // € 595, € 310 left. Course 2 (€ 760, in 110 days): pot pays € 310, own € 450. Route € 1.355, pot € 905, own € 450.
    await signIn('james');
    const element = await renderPath(
      html`<lb-learning-path lang="en" api-base=${apiBase} cache="memory"></lb-learning-path>`,
    );
    expect(shadow(element).querySelector('[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal(
      '0 of 3 steps done. 0 of 80 hours done.',
    );
    expect(collapse(part(element, 'next-step')!.textContent!))
      .to.include('Next step: Dutch for Expats (A1)')
      .and.include('To do');
    expect(costRows(element)).to.deep.equal([
      `Price of the route ${euros(135500, 'en-GB')}`,
      `Personal learning budget pays ${euros(90500, 'en-GB')}`,
      `You pay yourself ${euros(45000, 'en-GB')}`,
      'Time you still need 80 hours',
      'Hours no budget pays for 80 hours',
    ]);
    await expect(element).to.be.accessible();
  });
});
