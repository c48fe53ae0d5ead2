import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TeamBudget } from '@leerbudget/contract';
import { configure } from '../../data/configure.js';
import {
  collapse,
  demoUser,
  euros,
  jsonStep,
  nextError,
  programFaults,
  testServers,
  visibleText,
} from '../../../test/helpers.js';
import '../../define/team-budget.js';
import type { LbTeamBudget } from './team-budget.component.js';
import { sortTeam } from './team-order.js';

const TEAM_PATH = '/v1/team/budgets';
let apiBase: string;

async function signIn(id: string) {
  const user = await demoUser(id);
  configure({ getToken: () => user.token });
  return user;
}

async function serverTeam(id: string): Promise<TeamBudget> {
  const user = await demoUser(id);
  const response = await fetch(`${apiBase}${TEAM_PATH}`, { headers: { authorization: `Bearer ${user.token}` } });
  return TeamBudget.parse(await response.json());
}

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const members = (element: Element) => [...shadow(element).querySelectorAll<HTMLElement>('[part="member"]')];

async function renderTeam(template: ReturnType<typeof html>, until: 'members' | 'state' = 'members') {
  const element = await fixture<LbTeamBudget>(template);
  await waitUntil(
    () =>
      until === 'members'
        ? members(element).length > 0
        : shadow(element).querySelector('[part~="state"]:not([part~="state-loading"])'),
    'the team did not load',
    { timeout: 30_000 },
  );
  await element.updateComplete;
  return element;
}

before(async () => {
  ({ apiBase } = await testServers());
});

describe('<lb-team-budget> against the reference server', () => {
  it("Lisa's team matches the API: people in 'vervalt het eerst' order, money, hours, expiry; the team pot apart", async () => {
    await signIn('lisa');
    const team = await serverTeam('lisa');
    const element = await renderTeam(html`<lb-team-budget api-base=${apiBase} cache="memory"></lb-team-budget>`);
    const expected = sortTeam(team.members, 'expiry', 'nl');
    expect(members(element).map((item) => item.dataset.member)).to.deep.equal(expected.map((member) => member.id));
    for (const [index, member] of expected.entries()) {
      const item = members(element)[index]!;
      const text = collapse(item.textContent ?? '');
      const figures = Object.fromEntries(
        [...item.querySelectorAll('dl > div')].map((row) => [
          collapse(row.querySelector('dt')!.textContent ?? ''),
          collapse(row.querySelector('dd')!.textContent ?? ''),
        ]),
      );
      expect(text).to.include(member.displayName);
      expect(figures['Geld over']).to.equal(euros(member.availableMoney));
      if (member.availableHours > 0) expect(figures['Uren over']).to.equal(`${member.availableHours} uur`);
      if (member.nextExpiry) expect(text).to.include(`${euros(member.nextExpiry.amount)} is te gebruiken tot en met`);
      else expect(text).to.include('Niets binnen 90 dagen');
    }
    const total = team.members.reduce((sum, member) => sum + member.availableMoney, 0);
    expect(visibleText(element)).to.include(`Je team heeft samen nog ${euros(total)} over.`);
    const pots = shadow(element).querySelector('[part="team-pots"]')!;
    const [teamPot] = team.teamPots;
    expect(collapse(pots.textContent ?? ''))
      .to.include('Teambudget dat jij beheert')
      .and.include(teamPot!.name)
      .and.include(`${euros(teamPot!.available)} van ${euros(teamPot!.total)} over`);
    // The team pot is the team's money: nobody's own number contains it.
    for (const item of members(element)) expect(item.textContent).not.to.include(euros(teamPot!.available));
    await expect(element).to.be.accessible();
  });

  it('sorts by keyboard: the choice is announced and the order follows it', async () => {
    await signIn('lisa');
    const team = await serverTeam('lisa');
    const element = await renderTeam(html`<lb-team-budget api-base=${apiBase} cache="memory"></lb-team-budget>`);
    shadow(element).querySelector<HTMLSelectElement>('select')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.order).to.equal('name');
    expect(members(element).map((item) => item.dataset.member)).to.deep.equal(
      sortTeam(team.members, 'name', 'nl').map((member) => member.id),
    );
    expect(shadow(element).querySelector('[role="status"]')!.textContent).to.include('Gesorteerd op: Naam.');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(members(element)[0]!.dataset.member).to.equal(sortTeam(team.members, 'available', 'nl')[0]!.id);
    await expect(element).to.be.accessible();
  });

  it('open requests link to the approvals page (https or relative only); English with lang="en"', async () => {
    await signIn('lisa');
    const team = await serverTeam('lisa');
    const waiting = { ...team, members: team.members.map((m, i) => ({ ...m, openRequests: i === 0 ? 2 : 0 })) };
    const base = await programFaults('team-waiting', [{ ...jsonStep(waiting), path: TEAM_PATH }]);
    const element = await renderTeam(
      html`<lb-team-budget lang="en" api-base=${base} cache="memory" approvals-href="aanvragen.html"></lb-team-budget>`,
    );
    const link = shadow(element).querySelector<HTMLAnchorElement>('[part="approvals-link"]')!;
    expect(new URL(link.href).pathname).to.match(/\/aanvragen\.html$/);
    expect(link.textContent).to.equal('See the requests');
    expect(visibleText(element))
      .to.include('2 requests are waiting for you')
      .and.include("Your team's learning budget");
    await expect(element).to.be.accessible();
  });
  it('heading-level sets its heading; the team pots heading goes one deeper', async () => {
    await signIn('lisa');
    const element = await renderTeam(
      html`<lb-team-budget heading-level="3" api-base=${apiBase} cache="memory"></lb-team-budget>`,
    );
    const headings = [...shadow(element).querySelectorAll('[role="heading"]')];
    expect(headings.map((heading) => [heading.textContent?.trim(), heading.getAttribute('aria-level')])).to.deep.equal([
      ['Leerbudget van je team', '3'],
      ['Teambudget dat jij beheert', '4'],
    ]);
  });
});

describe('<lb-team-budget> states', () => {
  it('an employee is refused by the server: says who it is for and whom to ask, no retry, accessible', async () => {
    await signIn('anna');
    const element = await renderTeam(
      html`<lb-team-budget api-base=${apiBase} cache="memory"></lb-team-budget>`,
      'state',
    );
    expect(visibleText(element)).to.include('alleen voor leidinggevenden').and.include('Vraag het aan HR');
    expect(shadow(element).querySelector('[part="retry-button"]')).to.equal(null);
    expect(members(element)).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('loading, error with a working retry, and stale: each accessible', async () => {
    await signIn('lisa');
    const hanging = await programFaults('team-loading', [], { hang: true });
    const loading = await fixture<LbTeamBudget>(
      html`<lb-team-budget api-base=${hanging} cache="memory"></lb-team-budget>`,
    );
    expect(shadow(loading).querySelector('[part~="state-loading"]')?.getAttribute('role')).to.equal('status');
    await expect(loading).to.be.accessible();

    const failing = await programFaults('team-error', [
      { status: 503, body: '', path: TEAM_PATH },
      { status: 503, body: '', path: TEAM_PATH },
      { status: 503, body: '', path: TEAM_PATH },
    ]);
    const failed = nextError();
    const error = await fixture<LbTeamBudget>(
      html`<lb-team-budget api-base=${failing} cache="memory"></lb-team-budget>`,
    );
    await failed;
    await error.updateComplete;
    // A 503 reads as issue 14's truthful outage text: the service is down, not the user's fault.
    expect(visibleText(error)).to.include('werkt nu even niet').and.include('ligt niet aan jou');
    await expect(error).to.be.accessible();
    shadow(error).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => members(error).length > 0, 'retry did not load the team', { timeout: 30_000 });

    const flaky = await programFaults('team-stale', []);
    const first = await renderTeam(html`<lb-team-budget api-base=${flaky}></lb-team-budget>`);
    first.remove();
    await programFaults('team-stale', [{ status: 403, body: '', path: TEAM_PATH }]);
    const staleError = nextError();
    const stale = await fixture<LbTeamBudget>(html`<lb-team-budget api-base=${flaky}></lb-team-budget>`);
    expect((await staleError).detail.stale).to.equal(true);
    await stale.updateComplete;
    expect(members(stale).length).to.be.greaterThan(0);
    expect(visibleText(stale)).to.match(/Bijgewerkt om \d\d:\d\d\./);
    await expect(stale).to.be.accessible();
  });
});
