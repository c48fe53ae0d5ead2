import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Budget, Course, CourseRequest, DemoUser } from '@leerbudget/contract';
import { todayIsoDate } from '@leerbudget/sdk/funding';
import { runAvailability } from './run-availability.js';
import { configure } from '../../data/configure.js';
import {
  asUser,
  cancelOpenRequests,
  collapse,
  demoUser,
  euros,
  nextBudgetLoad,
  programFaults,
  serverBudget,
  visibleText,
} from '../../../test/helpers.js';
import '../../define/budget-meter.js';
import '../../define/course-finder.js';
import '../../define/learning-path.js';
import type { LbLearningPath } from '../learning-path/learning-path.component.js';
import type { LbBudgetMeter } from '../budget-meter/budget-meter.component.js';
import type { LbCourseFinder } from '../course-finder/course-finder.component.js';
import type { LbRequestDialog } from './request-dialog.component.js';
import {
  HOSTILE_TITLE,
  REQUEST_COURSE_ID,
  REQUEST_TOPIC,
  installRequestCourse,
  removeRequestCourse,
} from './request-dialog.fixtures.js';

let anna: DemoUser;
let sanne: DemoUser;
let james: DemoUser;
let scenario = 0;

before(async () => {
  anna = await demoUser('anna');
  sanne = await demoUser('sanne');
  james = await demoUser('james');
  await installRequestCourse();
});

after(async () => {
  await removeRequestCourse();
});

afterEach(async () => {
  await cancelOpenRequests(anna);
  await cancelOpenRequests(sanne);
  await cancelOpenRequests(james);
  configure({ getToken: undefined });
});

/** A page with a full meter and a finder that shows only the test course, signed in as `user`. */
async function page(user: DemoUser): Promise<{ finder: LbCourseFinder; meter: LbBudgetMeter }> {
  configure({ getToken: () => user.token });
  // A base of its own per test: the browser may hold an older catalogue (max-age) without the test course.
  scenario += 1;
  const base = await programFaults(`request-dialog-${scenario}`, []);
  const loaded = nextBudgetLoad();
  const wrapper = await fixture<HTMLElement>(html`<div>
    <lb-budget-meter api-base=${base} cache="memory" variant="full"></lb-budget-meter>
    <lb-course-finder api-base=${base} cache="memory" topics=${REQUEST_TOPIC}></lb-course-finder>
  </div>`);
  await loaded;
  const finder = wrapper.querySelector('lb-course-finder')!;
  await waitUntil(() => requestButton(finder) !== null, 'no Aanvragen button', { timeout: 10_000 });
  return { finder, meter: wrapper.querySelector('lb-budget-meter')! };
}

function requestButton(finder: LbCourseFinder): HTMLButtonElement | null {
  return finder.shadowRoot!.querySelector<HTMLButtonElement>('[part="request-button"]');
}

function dialogOf(finder: LbCourseFinder): LbRequestDialog {
  return finder.shadowRoot!.querySelector('lb-request-dialog')!;
}

function nativeDialog(finder: LbCourseFinder): HTMLDialogElement {
  return dialogOf(finder)?.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
}

async function openDialog(finder: LbCourseFinder): Promise<LbRequestDialog> {
  requestButton(finder)!.click();
  await waitUntil(() => nativeDialog(finder)?.open, 'no dialog');
  return dialogOf(finder);
}

/** The element that has the focus, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function radios(dialog: LbRequestDialog): HTMLInputElement[] {
  return [...dialog.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="run"]')];
}

function planLines(dialog: LbRequestDialog): string[] {
  return [...dialog.shadowRoot!.querySelectorAll('[part="plan-lines"] li')].map((li) => collapse(li.textContent!));
}

function failureText(dialog: LbRequestDialog): string {
  return collapse(dialog.shadowRoot!.querySelector('[part="failure"]')!.textContent!);
}

function motivationField(dialog: LbRequestDialog): HTMLTextAreaElement {
  return dialog.shadowRoot!.querySelector('textarea')!;
}

function reservedOf(meter: LbBudgetMeter, potName: string): string {
  const pot = [...meter.shadowRoot!.querySelectorAll('[part="pot"]')].find((item) =>
    collapse(item.querySelector('[part="pot-name"]')!.textContent!).startsWith(potName),
  )!;
  return collapse(pot.querySelectorAll('[part="pot-figures"] dd')[1]!.textContent!);
}

function potOf(budget: Budget, id: string) {
  return budget.pots.find((pot) => pot.id === id)!;
}

async function submitted(): Promise<CourseRequest> {
  const event = await new Promise<CustomEvent<{ request: CourseRequest }>>((resolve) =>
    document.addEventListener('lb-request-submit', resolve as EventListener, { once: true }),
  );
  return event.detail.request;
}

describe('"Aanvragen" in <lb-course-finder> (reference server)', () => {
  it('opens a modal dialog with the focus inside; Escape closes it and the focus returns to the button', async () => {
    const { finder } = await page(anna);
    const button = requestButton(finder)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => nativeDialog(finder)?.open, 'the dialog did not open');
    const dialog = dialogOf(finder);
    expect(nativeDialog(finder).matches(':modal')).to.equal(true);
    expect(dialog.shadowRoot!.contains(deepActive())).to.equal(true);
    await expect(dialog).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !nativeDialog(finder).open, 'Escape did not close the dialog');
    expect(deepActive()).to.equal(button);
  });

  it('shows a full and a closed run with the reason in words, and they cannot be chosen', async () => {
    const { finder } = await page(anna);
    const dialog = await openDialog(finder);
    const [open, full, closed, online] = radios(dialog);
    expect(open!.checked).to.equal(true);
    expect(full!.disabled).to.equal(true);
    expect(closed!.disabled).to.equal(true);
    expect(online!.disabled).to.equal(false);
    const text = visibleText(dialog);
    expect(text).to.contain('Vol: er is geen plaats meer.');
    expect(text).to.contain('Inschrijven kan niet meer.');
    expect(text).to.contain('Utrecht · Nog 5 plaatsen');
    expect(text).to.contain('Online');
    // A disabled radio ignores clicks: the open run stays chosen.
    full!.click();
    await dialog.updateComplete;
    expect(full!.checked).to.equal(false);
    expect(open!.checked).to.equal(true);
    await expect(dialog).to.be.accessible();
  });

  it('renders a hostile course title as text in the card and the dialog', async () => {
    const { finder } = await page(anna);
    const dialog = await openDialog(finder);
    expect(collapse(dialog.shadowRoot!.querySelector('h2')!.textContent!)).to.equal(`Aanvragen: ${HOSTILE_TITLE}`);
    expect(dialog.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(finder.shadowRoot!.querySelector('.card img, .card script')).to.equal(null);
    expect((window as { __lbXss?: number }).__lbXss).to.equal(undefined);
  });

  it('request → the card confirms who has it, the meter reserves it without a reload, numbers as on the server', async () => {
    const { finder, meter } = await page(sanne);
    const before = await serverBudget(sanne);
    const dialog = await openDialog(finder);
    // Sanne: the personal pot pays what it has left, the learning account (75 %, needs approval) the rest.
    const personal = potOf(before, 'sanne-personal').available;
    expect(planLines(dialog)).to.deep.equal([
      `Persoonlijk opleidingsbudget betaalt ${euros(personal)}`,
      `Individuele leerrekening betaalt ${euros(100_000 - personal)}`,
    ]);
    const text = visibleText(dialog);
    expect(text).to.contain('Je betaalt zelf niets.');
    expect(text).to.contain('De prijs is zonder btw.');
    expect(text).to.contain('Je leidinggevende moet dit eerst goedkeuren.');
    motivationField(dialog).value = 'Ik wil veilig werken.';
    motivationField(dialog).dispatchEvent(new Event('input'));
    const accepted = submitted();
    const budgetAfter = nextBudgetLoad();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    const request = await accepted;
    await budgetAfter;
    await meter.updateComplete;
    await finder.updateComplete;

    expect(request.status).to.equal('submitted');
    expect(request.motivation).to.equal('Ik wil veilig werken.');
    expect(nativeDialog(finder).open).to.equal(false);
    expect(deepActive()).to.equal(requestButton(finder));
    const status = finder.shadowRoot!.querySelector('[part="request-status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(collapse(status.textContent!)).to.equal('Je aanvraag staat bij Lisa de Boer.');

    const after = await serverBudget(sanne);
    expect(potOf(after, 'sanne-personal').reserved).to.equal(potOf(before, 'sanne-personal').reserved + personal);
    expect(reservedOf(meter, 'Persoonlijk opleidingsbudget')).to.equal(euros(potOf(after, 'sanne-personal').reserved));
    expect(reservedOf(meter, 'Individuele leerrekening')).to.equal(euros(potOf(after, 'sanne-leerrekening').reserved));
    await expect(finder).to.be.accessible();
  });

  it('a 409 (the pot was spent in another tab) shows the new plan and keeps the motivation', async () => {
    const { finder } = await page(anna);
    const dialog = await openDialog(finder);
    expect(planLines(dialog)).to.deep.equal([`Persoonlijk opleidingsbudget betaalt ${euros(75_000)}`]);
    motivationField(dialog).focus();
    await sendKeys({ type: 'Nodig voor mijn werk <b>nu</b>' });
    // Another tab spends € 650 of Anna's € 750.
    const other = await asUser(
      anna,
      'POST',
      '/v1/me/requests',
      { courseId: 'ict-sql-databases', offeringId: 'ict-sql-databases-1' },
      { 'idempotency-key': crypto.randomUUID() },
    );
    expect(other.status).to.equal(201);

    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    await waitUntil(() => failureText(dialog) !== '', 'no refusal shown');
    expect(failureText(dialog)).to.equal(
      'Je budget is net veranderd. Kijk of het nieuwe plan klopt en verstuur opnieuw.',
    );
    expect(nativeDialog(finder).open).to.equal(true);
    expect(motivationField(dialog).value).to.equal('Nodig voor mijn werk <b>nu</b>');
    expect(visibleText(dialog)).to.contain('Dit is het plan zoals het nu is.');
    expect(planLines(dialog)).to.deep.equal([`Persoonlijk opleidingsbudget betaalt ${euros(10_000)}`]);
    expect(visibleText(dialog)).to.contain(`Je betaalt zelf ${euros(90_000)}.`);
    await expect(dialog).to.be.accessible();

    // Sending again with the new plan works: Anna's pot needs no approval.
    const accepted = submitted();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    const request = await accepted;
    expect(request.status).to.equal('approved');
    expect(request.ownContribution).to.equal(90_000);
    await finder.updateComplete;
    expect(collapse(finder.shadowRoot!.querySelector('[part="request-status"]')!.textContent!)).to.equal(
      'Je aanvraag is goedgekeurd. Je hoeft niet op een besluit te wachten.',
    );
  });

  it('offline: says a request cannot be sent now, sends nothing and keeps the text', async () => {
    const { finder } = await page(anna);
    const dialog = await openDialog(finder);
    motivationField(dialog).value = 'Later versturen';
    motivationField(dialog).dispatchEvent(new Event('input'));
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      window.dispatchEvent(new Event('offline'));
      await dialog.updateComplete;
      expect(visibleText(dialog)).to.contain('Je bent offline. Je kunt nu niets versturen.');
      await expect(dialog).to.be.accessible();
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
      await dialog.updateComplete;
      expect(failureText(dialog)).to.equal(
        'Je bent offline. Je kunt nu niets versturen. Probeer het weer als je online bent.',
      );
      expect(motivationField(dialog).value).to.equal('Later versturen');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
      window.dispatchEvent(new Event('online'));
    }
    const { body } = await asUser<{ items: CourseRequest[] }>(anna, 'GET', '/v1/me/requests');
    expect(
      body.items.filter((item) => item.courseId === REQUEST_COURSE_ID && item.status === 'approved'),
    ).to.have.length(0);
  });

  it('a pot that asks why needs a motivation: said in English for James, nothing sent until it is there', async () => {
    const { finder } = await page(james);
    finder.setAttribute('lang', 'en');
    const dialog = await openDialog(finder);
    await dialog.updateComplete;
    expect(visibleText(dialog)).to.contain(
      'You must fill this in: Personal learning budget wants to know why you want to take the course.',
    );
    expect(motivationField(dialog).required).to.equal(true);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    await dialog.updateComplete;
    expect(failureText(dialog)).to.equal(
      'First write why you want to take this course. Then you can send the request.',
    );
    expect(motivationField(dialog).getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive()).to.equal(motivationField(dialog));
    await expect(dialog).to.be.accessible();
    const { body } = await asUser<{ items: CourseRequest[] }>(james, 'GET', '/v1/me/requests');
    expect(body.items.filter((item) => item.status === 'submitted' || item.status === 'approved')).to.have.length(0);

    await sendKeys({ type: 'I need this for my work.' });
    const accepted = submitted();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    expect((await accepted).motivation).to.equal('I need this for my work.');
  });

  it('keyboard only: choose another run with the arrow keys, type, send; the focus returns to the button', async () => {
    const { finder } = await page(anna);
    const button = requestButton(finder)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => nativeDialog(finder)?.open, 'the dialog did not open');
    const dialog = dialogOf(finder);
    expect(deepActive()).to.equal(radios(dialog)[0]);
    // Arrow keys skip the full and the closed run.
    await sendKeys({ press: 'ArrowDown' });
    await dialog.updateComplete;
    expect(deepActive()).to.equal(radios(dialog)[3]);
    expect(radios(dialog)[3]!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(motivationField(dialog));
    await sendKeys({ type: 'Met het toetsenbord' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(dialog.shadowRoot!.querySelector('[part="send-button"]'));
    const accepted = submitted();
    await sendKeys({ press: 'Enter' });
    const request = await accepted;
    expect(request.offeringId).to.equal(`${REQUEST_COURSE_ID}-online`);
    expect(request.motivation).to.equal('Met het toetsenbord');
    await waitUntil(() => !nativeDialog(finder).open, 'the dialog stayed open');
    expect(deepActive()).to.equal(button);
  });
});

describe('"Aanvragen" on a learning-path step (reference server)', () => {
  it("opens the dialog with the step's planned run chosen, and Escape returns the focus to the step", async () => {
    configure({ getToken: () => sanne.token });
    scenario += 1;
    const base = await programFaults(`request-dialog-${scenario}`, []);
    const path = await fixture<LbLearningPath>(
      html`<lb-learning-path api-base=${base} cache="memory"></lb-learning-path>`,
    );
    const button = () => path.shadowRoot!.querySelector<HTMLButtonElement>('[part="request-button"]');
    await waitUntil(() => button() !== null, 'no Aanvragen on the next step', { timeout: 10_000 });
    await expect(path).to.be.accessible();
    button()!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = () => path.shadowRoot!.querySelector('lb-request-dialog');
    await waitUntil(() => dialog()?.shadowRoot?.querySelector('dialog')?.open, 'the dialog did not open');
    const chosen = dialog()!.shadowRoot!.querySelector<HTMLInputElement>('input[name="run"]:checked')!;
    expect(deepActive()).to.equal(chosen);
    // The step's planned run when it can still be chosen, else the first run that can.
    const course = (await (await fetch(`${base}/v1/courses/inst-nen3140`)).json()) as Course;
    const open = course.offerings.filter((offering) => runAvailability(offering, todayIsoDate()) === 'open');
    const expected = open.find((offering) => offering.id === 'inst-nen3140-1') ?? open[0]!;
    expect(course.offerings[Number(chosen.id.replace('run-', ''))]!.id).to.equal(expected.id);
    expect(collapse(dialog()!.shadowRoot!.querySelector('h2')!.textContent!)).to.equal(
      'Aanvragen: NEN 3140 voldoend onderricht persoon',
    );
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog()!.shadowRoot!.querySelector('dialog')!.open, 'Escape did not close it');
    expect(deepActive()).to.equal(button());
  });
});
