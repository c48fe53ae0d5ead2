import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CourseRequest, DemoUser } from '@leerbudget/contract';
import { configure } from '../../data/configure.js';
import {
  asUser,
  cancelOpenRequests,
  collapse,
  demoUser,
  euros,
  programFaults,
  serverBudget,
  testServers,
  visibleText,
} from '../../../test/helpers.js';
import '../../define/approvals.js';
import '../../define/my-requests.js';
import '../../define/budget-meter.js';
import type { LbApprovals } from './approvals.component.js';
import type { LbMyRequests } from '../my-requests/my-requests.component.js';
import {
  HOSTILE_TITLE,
  REQUEST_COURSE_ID,
  installRequestCourse,
  removeRequestCourse,
} from '../request-dialog/request-dialog.fixtures.js';

const HOSTILE_TEXT = '<img src=x onerror="window.__lbXss=1"><script>window.__lbXss=1</script>';

let apiBase: string;
let anna: DemoUser;
let sanne: DemoUser;
let lisa: DemoUser;

before(async () => {
  ({ apiBase } = await testServers());
  [anna, sanne, lisa] = await Promise.all([demoUser('anna'), demoUser('sanne'), demoUser('lisa')]);
  // Lisa's queue starts empty, whatever tests before this file left open for her team.
  for (const id of ['anna', 'sanne', 'mehmet', 'fatima', 'pieter', 'james'])
    await cancelOpenRequests(await demoUser(id));
  await installRequestCourse();
});

after(async () => {
  await removeRequestCourse();
});

afterEach(async () => {
  await cancelOpenRequests(anna);
  await cancelOpenRequests(sanne);
  configure({ getToken: undefined });
});

/** Sanne asks for the test course's open run (her learning account needs Lisa's approval). */
async function sanneRequests(motivation = 'Ik wil dit graag leren.'): Promise<CourseRequest> {
  const { status, body } = await asUser<CourseRequest>(
    sanne,
    'POST',
    '/v1/me/requests',
    { courseId: REQUEST_COURSE_ID, offeringId: `${REQUEST_COURSE_ID}-open`, motivation },
    { 'idempotency-key': crypto.randomUUID() },
  );
  expect(status).to.equal(201);
  expect(body.status).to.equal('submitted');
  return body;
}

async function queueOf(user: DemoUser): Promise<CourseRequest[]> {
  return (await asUser<{ items: CourseRequest[] }>(user, 'GET', '/v1/approvals')).body.items;
}

async function approvals(user: DemoUser, base = apiBase): Promise<LbApprovals> {
  configure({ getToken: () => user.token });
  const element = await fixture<LbApprovals>(html`<lb-approvals api-base=${base} cache="memory"></lb-approvals>`);
  await waitUntil(() => !element.shadowRoot!.querySelector('[part~="state-loading"]'), 'still loading', {
    timeout: 10_000,
  });
  return element;
}

function items(element: Element): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
}

function itemFor(element: Element, id: string): HTMLElement | undefined {
  return items(element).find((item) => item.dataset.request === id);
}

function statusLine(element: Element): string {
  return collapse(element.shadowRoot!.querySelector('.confirmation')!.textContent!);
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function decisionOf(): Promise<CustomEvent<{ decision: string; request: CourseRequest }>> {
  return new Promise((resolve) =>
    document.addEventListener('lb-request-decision', resolve as EventListener, { once: true }),
  );
}

describe('<lb-approvals> against the reference server', () => {
  it('empty: "Er wacht niets op jou", accessible', async () => {
    const element = await approvals(lisa);
    expect(visibleText(element)).to.contain('Er wacht niets op jou.');
    await expect(element).to.be.accessible();
  });

  it("Sanne never sees Lisa's queue", async () => {
    const request = await sanneRequests();
    expect((await queueOf(lisa)).map((item) => item.id)).to.include(request.id);
    expect(await queueOf(sanne)).to.deep.equal([]);
    const element = await approvals(sanne);
    expect(items(element)).to.have.length(0);
    expect(visibleText(element)).to.contain('Er wacht niets op jou.');
  });

  it('request → approve → approved: the money per pot, what is left, and the budget as on the server', async () => {
    const before = await serverBudget(sanne);
    const request = await sanneRequests(HOSTILE_TEXT);
    const reserved = await serverBudget(sanne);
    const personal = request.lines.find((line) => line.potId === 'sanne-personal')!;
    const account = request.lines.find((line) => line.potId === 'sanne-leerrekening')!;
    const pot = (id: string) => reserved.pots.find((candidate) => candidate.id === id)!;
    expect(pot('sanne-personal').reserved).to.equal(
      before.pots.find((p) => p.id === 'sanne-personal')!.reserved + personal.amount,
    );

    const element = await approvals(lisa);
    const item = itemFor(element, request.id)!;
    const text = collapse(item.textContent!);
    expect(collapse(item.querySelector('h3')!.textContent!)).to.equal(`Aanvraag van Sanne de Vries: ${HOSTILE_TITLE}`);
    expect(text).to.contain(`Persoonlijk opleidingsbudget betaalt ${euros(personal.amount)}`);
    expect(text).to.contain(
      `Na goedkeuren blijft er in Persoonlijk opleidingsbudget nog ${euros(pot('sanne-personal').available)} over.`,
    );
    expect(text).to.contain(`Individuele leerrekening betaalt ${euros(account.amount)}`);
    expect(text).to.contain(
      `Na goedkeuren blijft er in Individuele leerrekening nog ${euros(pot('sanne-leerrekening').available)} over.`,
    );
    expect(collapse(item.querySelector('blockquote')!.textContent!)).to.equal(HOSTILE_TEXT);
    expect(item.querySelector('img, script')).to.equal(null);
    expect(text).to.contain('Wacht sinds vandaag.');
    await expect(element).to.be.accessible();

    const decided = decisionOf();
    item.querySelector<HTMLButtonElement>('[part="approve-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const event = await decided;
    expect(event.detail.decision).to.equal('approve');
    expect(event.detail.request.status).to.equal('approved');
    await element.updateComplete;
    expect(statusLine(element)).to.equal(`Je hebt ${HOSTILE_TITLE} voor Sanne de Vries goedgekeurd.`);
    expect(element.shadowRoot!.querySelector('.confirmation')!.getAttribute('role')).to.equal('status');
    // The queue is empty now: the focus goes to the heading, never to the page top.
    expect(deepActive()).to.equal(element.shadowRoot!.querySelector('h2'));
    await waitUntil(() => visibleText(element).includes('Er wacht niets op jou.'), 'the queue did not refresh');
    await expect(element).to.be.accessible();

    // Sanne sees it approved; the money stays reserved for her course.
    const after = await serverBudget(sanne);
    expect(after.pots.map((p) => [p.id, p.reserved, p.available])).to.deep.equal(
      reserved.pots.map((p) => [p.id, p.reserved, p.available]),
    );
    configure({ getToken: () => sanne.token });
    const mine = await fixture<LbMyRequests>(
      html`<lb-my-requests api-base=${apiBase} cache="memory"></lb-my-requests>`,
    );
    await waitUntil(() => itemFor(mine, request.id), 'Sanne does not see her request');
    expect(collapse(itemFor(mine, request.id)!.querySelector('[part="status"]')!.textContent!)).to.equal('Goedgekeurd');
  });

  it('decline needs a reason, which the employee then reads as text; the money is released', async () => {
    const before = await serverBudget(sanne);
    const request = await sanneRequests();
    const element = await approvals(lisa);
    const item = itemFor(element, request.id)!;
    item.querySelector<HTMLButtonElement>('[part="decline-button"]')!.click();
    await element.updateComplete;
    const field = itemFor(element, request.id)!.querySelector('textarea')!;
    expect(deepActive()).to.equal(field);
    // Sending without a reason: asked for one, nothing sent.
    itemFor(element, request.id)!.querySelector<HTMLButtonElement>('.send-decline')!.click();
    await element.updateComplete;
    expect(collapse(itemFor(element, request.id)!.querySelector('.problem')!.textContent!)).to.equal(
      'Schrijf eerst waarom je afwijst. Dan weet de medewerker wat er nu kan.',
    );
    expect((await queueOf(lisa)).map((queued) => queued.id)).to.include(request.id);
    await expect(element).to.be.accessible();

    await sendKeys({ type: HOSTILE_TEXT });
    const decided = decisionOf();
    itemFor(element, request.id)!.querySelector<HTMLButtonElement>('.send-decline')!.click();
    expect((await decided).detail.request.status).to.equal('declined');
    await element.updateComplete;
    expect(statusLine(element)).to.equal(`Je hebt ${HOSTILE_TITLE} voor Sanne de Vries afgewezen.`);

    const after = await serverBudget(sanne);
    expect(after.pots.map((p) => [p.id, p.reserved])).to.deep.equal(before.pots.map((p) => [p.id, p.reserved]));
    configure({ getToken: () => sanne.token });
    const mine = await fixture<LbMyRequests>(
      html`<lb-my-requests api-base=${apiBase} cache="memory"></lb-my-requests>`,
    );
    await waitUntil(() => itemFor(mine, request.id), 'Sanne does not see her request');
    const status = itemFor(mine, request.id)!.querySelector('[part="status"]')!;
    expect(collapse(status.textContent!)).to.equal(`Afgewezen: ${HOSTILE_TEXT}`);
    expect(mine.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { __lbXss?: number }).__lbXss).to.equal(undefined);
  });

  it('two tabs decide the same request: one wins, the other says so; the focus moves to the next request', async () => {
    const first = await sanneRequests();
    // A second request of Sanne's in the queue, for the online run.
    const second = await asUser<CourseRequest>(
      sanne,
      'POST',
      '/v1/me/requests',
      { courseId: REQUEST_COURSE_ID, offeringId: `${REQUEST_COURSE_ID}-online` },
      { 'idempotency-key': crypto.randomUUID() },
    );
    expect(second.status).to.equal(201);
    const otherTab = await programFaults('approvals-second-tab', []);
    configure({ getToken: () => lisa.token });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <lb-approvals api-base=${apiBase} cache="memory"></lb-approvals>
      <lb-approvals api-base=${otherTab} cache="memory"></lb-approvals>
    </div>`);
    const [tabA, tabB] = [...wrapper.querySelectorAll('lb-approvals')] as LbApprovals[];
    await waitUntil(() => itemFor(tabA!, first.id) && itemFor(tabB!, first.id), 'the queues did not load', {
      timeout: 10_000,
    });

    itemFor(tabA!, first.id)!.querySelector<HTMLButtonElement>('[part="approve-button"]')!.click();
    await waitUntil(() => statusLine(tabA!) !== '', 'tab A did not decide');
    expect(deepActive()).to.equal(itemFor(tabA!, second.body.id)!.querySelector('h3'));

    itemFor(tabB!, first.id)!.querySelector<HTMLButtonElement>('[part="approve-button"]')!.click();
    await waitUntil(() => statusLine(tabB!) !== '', 'tab B said nothing');
    expect(statusLine(tabB!)).to.equal('Iemand anders heeft al over deze aanvraag besloten. De lijst is bijgewerkt.');
    await waitUntil(() => !itemFor(tabB!, first.id), 'tab B still shows the decided request');
    expect(deepActive()).to.equal(itemFor(tabB!, second.body.id)!.querySelector('h3'));
    await expect(tabB!).to.be.accessible();

    const { body } = await asUser<{ items: CourseRequest[] }>(sanne, 'GET', '/v1/me/requests');
    const decided = body.items.find((item) => item.id === first.id)!;
    expect(decided.status).to.equal('approved');
    expect(decided.history.filter((event) => event.status === 'approved')).to.have.length(1);
  });

  it('error: says what happened with a retry button, accessible', async () => {
    const base = await programFaults('approvals-error', [
      { status: 500, path: '/v1/approvals' },
      { status: 500, path: '/v1/approvals' },
      { status: 500, path: '/v1/approvals' },
    ]);
    configure({ getToken: () => lisa.token });
    const element = await fixture<LbApprovals>(html`<lb-approvals api-base=${base} cache="memory"></lb-approvals>`);
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="state-error"]'), 'no error state', {
      timeout: 10_000,
    });
    expect(element.shadowRoot!.querySelector('[part="retry-button"]')).to.not.equal(null);
    await expect(element).to.be.accessible();
  });
});
