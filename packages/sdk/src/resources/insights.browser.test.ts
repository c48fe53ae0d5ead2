import { expect } from '@open-wc/testing';
import { Insights, TeamBudget } from '@leerbudget/contract';
import { testServers } from '@leerbudget/test-kit/servers';
import { createClient, isHttpError, type LeerbudgetClient } from '../index.js';
import type { WatchState } from './watch.js';

describe('team budgets and organisation insights against the reference server (Chromium)', () => {
  let apiBase: string;
  const clientOf = (user: string): LeerbudgetClient =>
    createClient({ baseUrl: apiBase, cache: 'memory', getToken: () => `demo-${user}` });
  const raw = async (path: string, user: string) =>
    (await fetch(apiBase + path, { headers: { Authorization: `Bearer demo-${user}` } })).json();

  before(async () => {
    ({ apiBase } = await testServers());
  });

  it("teamBudgets: Lisa's direct reports and team pot, exactly as the API answers", async () => {
    const team = await clientOf('lisa').teamBudgets.get();
    const api = TeamBudget.parse(await raw('/v1/team/budgets', 'lisa'));
    expect({ ...team, asOf: '' }).to.deep.equal({ ...api, asOf: '' });
    expect(team.teamPots.map((pot) => pot.id)).to.deep.equal(['lisa-team']);
    expect(team.members.map((member) => member.id)).to.include.members(['anna', 'sanne', 'mehmet']);
  });

  it('organisationInsights: one request per query shared by two watchers; another query is its own', async () => {
    const hanna = clientOf('hanna');
    const controller = new AbortController();
    const seen: Insights[] = [];
    await new Promise<void>((resolve) => {
      const listener = (state: WatchState<Insights>) => {
        if (state.status !== 'fresh') return;
        seen.push(state.data);
        if (seen.length === 2) resolve();
      };
      hanna.organisationInsights.watch(listener, { signal: controller.signal, groupBy: 'department' });
      hanna.organisationInsights.watch(listener, { signal: controller.signal, groupBy: 'department' });
    });
    controller.abort();
    expect(seen[0]).to.equal(seen[1]);
    expect(seen[0]!.groupBy).to.equal('department');
    const byKind = await hanna.organisationInsights.get({ groupBy: 'potKind' });
    expect(byKind.groupBy).to.equal('potKind');
    const api = Insights.parse(await raw('/v1/organisation/insights?groupBy=potKind', 'hanna'));
    expect(byKind.groups).to.deep.equal(api.groups);
  });

  it('an employee is refused with 403 for both, and nothing is retried as if it could help', async () => {
    const anna = clientOf('anna');
    for (const call of [() => anna.teamBudgets.get(), () => anna.organisationInsights.get()]) {
      const error = await call().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(isHttpError(error) && error.status).to.equal(403);
    }
  });
});
