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
import '../../define/my-requests.js';
import type { LbMyRequests } from './my-requests.component.js';
import { requestStatusText } from './request-status-text.js';
import { inLocale } from '../../localization/msg.js';
import { loadLocale } from '../../localization/translations.js';
import {
  REQUEST_COURSE_ID,
  installRequestCourse,
  removeRequestCourse,
} from '../request-dialog/request-dialog.fixtures.js';

let apiBase: string;
let sanne: DemoUser;
let pieter: DemoUser;

before(async () => {
  ({ apiBase } = await testServers());
  [sanne, pieter] = await Promise.all([demoUser('sanne'), demoUser('pieter')]);
  await installRequestCourse();
});

after(async () => {
  await removeRequestCourse();
});

afterEach(async () => {
  await cancelOpenRequests(sanne);
  configure({ getToken: undefined });
});

async function sanneRequests(): Promise<CourseRequest> {
  const { status, body } = await asUser<CourseRequest>(
    sanne,
    'POST',
    '/v1/me/requests',
    { courseId: REQUEST_COURSE_ID, offeringId: `${REQUEST_COURSE_ID}-open` },
    { 'idempotency-key': crypto.randomUUID() },
  );
  expect(status).to.equal(201);
  return body;
}

async function myRequests(user: DemoUser, base = apiBase): Promise<LbMyRequests> {
  configure({ getToken: () => user.token });
  const element = await fixture<LbMyRequests>(
    html`<lb-my-requests api-base=${base} cache="memory" finder-href="/cursussen"></lb-my-requests>`,
  );
  await waitUntil(() => !element.shadowRoot!.querySelector('[part~="state-loading"]'), 'still loading', {
    timeout: 10_000,
  });
  return element;
}

function itemFor(element: Element, id: string): HTMLElement | undefined {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')].find(
    (item) => item.dataset.request === id,
  );
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function longDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

describe('<lb-my-requests> against the reference server', () => {
  it('empty: says so and links to the finder, accessible', async () => {
    const element = await myRequests(pieter);
    expect(visibleText(element)).to.contain('Je hebt nog geen aanvragen. Zoek een cursus en kies Aanvragen.');
    expect(element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="finder-link"]')!.pathname).to.equal(
      '/cursussen',
    );
    await expect(element).to.be.accessible();
  });

  it('shows course, start, money per pot, own contribution and "Wacht op Lisa de Boer sinds …"; history on demand', async () => {
    const request = await sanneRequests();
    const element = await myRequests(sanne);
    await waitUntil(() => itemFor(element, request.id), 'the request is not listed');
    const item = itemFor(element, request.id)!;
    const text = collapse(item.textContent!);
    expect(text).to.contain(`Start op ${longDate(request.offeringStart!)}`);
    for (const line of request.lines) expect(text).to.contain(`${line.potName} betaalt ${euros(line.amount)}`);
    expect(text).to.contain(
      request.ownContribution > 0 ? `Je betaalt zelf ${euros(request.ownContribution)}.` : 'Je betaalt zelf niets.',
    );
    const status = collapse(item.querySelector('[part="status"]')!.textContent!);
    expect(status).to.match(/^Wacht op Lisa de Boer sinds \d{1,2} \p{L}+( \d{4})?$/u);
    const details = item.querySelector('details')!;
    expect(details.open).to.equal(false);
    item.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(collapse(details.textContent!)).to.contain(`Aangevraagd op ${longDate(request.createdAt.slice(0, 10))}`);
    await expect(element).to.be.accessible();
  });

  it('cancel asks first, "Nee" keeps it; "Ja, annuleer" releases the money and says so', async () => {
    const before = await serverBudget(sanne);
    const request = await sanneRequests();
    const element = await myRequests(sanne);
    await waitUntil(() => itemFor(element, request.id), 'the request is not listed');
    const cancel = itemFor(element, request.id)!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!;
    cancel.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(collapse(itemFor(element, request.id)!.textContent!)).to.contain('Wil je deze aanvraag echt annuleren?');
    expect(deepActive()).to.equal(itemFor(element, request.id)!.querySelector('.keep'));
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(deepActive()).to.equal(itemFor(element, request.id)!.querySelector('[part="cancel-button"]'));
    expect((await serverBudget(sanne)).pots.find((p) => p.id === 'sanne-personal')!.reserved).to.be.greaterThan(
      before.pots.find((p) => p.id === 'sanne-personal')!.reserved,
    );

    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const cancelled = new Promise<CustomEvent<{ request: CourseRequest }>>((resolve) =>
      document.addEventListener('lb-request-cancel', resolve as EventListener, { once: true }),
    );
    itemFor(element, request.id)!.querySelector<HTMLButtonElement>('.yes')!.click();
    expect((await cancelled).detail.request.status).to.equal('cancelled');
    await waitUntil(
      () =>
        collapse(itemFor(element, request.id)?.querySelector('[part="status"]')?.textContent ?? '') === 'Geannuleerd',
      'the list did not refresh',
    );
    const confirmation = element.shadowRoot!.querySelector('.confirmation')!;
    expect(confirmation.getAttribute('role')).to.equal('status');
    expect(collapse(confirmation.textContent!)).to.contain('is geannuleerd. Het geld staat weer in je potjes.');
    expect(itemFor(element, request.id)!.querySelector('[part="cancel-button"]')).to.equal(null);
    expect(element.shadowRoot!.contains(deepActive())).to.equal(true);
    const after = await serverBudget(sanne);
    expect(after.pots.map((p) => [p.id, p.reserved])).to.deep.equal(before.pots.map((p) => [p.id, p.reserved]));
    await expect(element).to.be.accessible();
  });

  it('error: says what happened with a retry button, accessible', async () => {
    const failing = { status: 500, path: '/v1/me/requests' };
    const base = await programFaults('my-requests-error', [failing, failing, failing]);
    const element = await myRequests(sanne, base);
    expect(element.shadowRoot!.querySelector('[part~="state-error"]')).to.not.equal(null);
    expect(element.shadowRoot!.querySelector('[part="retry-button"]')).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says in words what an expired or declined request means', async () => {
    const request = await sanneRequests();
    const expired: CourseRequest = { ...request, status: 'expired' };
    const declined: CourseRequest = {
      ...request,
      status: 'declined',
      history: [
        ...request.history,
        { status: 'declined', at: request.createdAt, by: 'lisa', note: 'Eerst na de zomer.' },
      ],
    };
    expect(inLocale('nl', () => requestStatusText(expired, 'nl'))).to.equal(
      'Verlopen: er kwam geen besluit voor de sluitingsdatum',
    );
    expect(inLocale('nl', () => requestStatusText(declined, 'nl'))).to.equal('Afgewezen: Eerst na de zomer.');
    await loadLocale('en'); // outside a widget, nothing imports the English by itself
    expect(inLocale('en', () => requestStatusText(declined, 'en'))).to.equal('Declined: Eerst na de zomer.');
  });
});
