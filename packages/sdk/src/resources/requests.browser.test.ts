import { expect } from '@open-wc/testing';
import type { Budget, LearningPath } from '@leerbudget/contract';
import { callStore, testServers } from '@leerbudget/test-kit/servers';
import { createClient, isRequestRefusedError, type LeerbudgetClient } from '../index.js';
import type { WatchState } from './watch.js';

describe('requests and approvals against the reference server (Chromium)', () => {
  let apiBase: string;
  const clientOf = (user: string): LeerbudgetClient =>
    createClient({ baseUrl: apiBase, cache: 'memory', getToken: () => `demo-${user}` });

  before(async () => {
    ({ apiBase } = await testServers());
  });

  it('create, list, replay with the same key, cancel; a watched budget follows every write', async () => {
    const anna = clientOf('anna');
    const controller = new AbortController();
    const fresh: Budget[] = [];
    let nextFresh: () => void = () => undefined;
    anna.budget.watch(
      (state: WatchState<Budget>) => {
        if (state.status !== 'fresh') return;
        fresh.push(state.data);
        nextFresh();
      },
      { signal: controller.signal },
    );
    const freshCount = (count: number) =>
      new Promise<void>((resolve) => {
        nextFresh = () => fresh.length >= count && resolve();
        nextFresh();
      });
    await freshCount(1);
    expect(fresh[0]!.pots[0]!.reserved).to.equal(0);

    const key = crypto.randomUUID();
    const request = await anna.requests.create(
      { courseId: 'ict-sql-databases', offeringId: 'ict-sql-databases-1' },
      { idempotencyKey: key },
    );
    expect(request.status).to.equal('approved');
    expect(request.lines).to.deep.equal([
      {
        potId: 'anna-personal',
        potName: 'Persoonlijk opleidingsbudget',
        unit: 'money',
        amount: 65_000,
        needsApproval: false,
      },
    ]);
    await freshCount(2);
    expect(fresh[1]!.pots[0]!.reserved).to.equal(65_000);

    const replay = await anna.requests.create(
      { courseId: 'ict-sql-databases', offeringId: 'ict-sql-databases-1' },
      { idempotencyKey: key },
    );
    expect(replay.id).to.equal(request.id);
    const listed = await anna.requests.list();
    expect(listed.filter((item) => item.id === request.id)).to.have.length(1);
    expect((await anna.budget.get()).pots[0]!.reserved).to.equal(65_000);

    const cancelled = await anna.requests.cancel(request.id);
    expect(cancelled.status).to.equal('cancelled');
    await freshCount(4);
    expect(fresh.at(-1)!.pots[0]!.reserved).to.equal(0);
    const history = await anna.pots.history('anna-personal', { limit: 2 });
    expect(history.items.map((entry) => entry.kind)).to.deep.equal(['released', 'reserved']);
    controller.abort();
  });

  it('a full run is a RequestRefusedError with the reason code', async () => {
    const error = await clientOf('anna')
      .requests.create({ courseId: 'ict-python-basis', offeringId: 'ict-python-basis-1' })
      .catch((caught: unknown) => caught);
    expect(isRequestRefusedError(error)).to.equal(true);
    if (!isRequestRefusedError(error)) return;
    expect(error.status).to.equal(409);
    expect(error.reasons.map((reason) => reason.code)).to.deep.equal(['offering-full']);
  });

  it('the manager sees the request in her queue and declines it with a note; a second decision is refused', async () => {
    const fatima = clientOf('fatima');
    const request = await fatima.requests.create({
      courseId: 'zorg-dementie',
      offeringId: 'zorg-dementie-1',
      motivation: 'Ik wil bewoners beter helpen.',
    });
    expect(request.status).to.equal('submitted');
    expect(request.approvers).to.deep.equal([{ role: 'manager', userId: 'lisa', displayName: 'Lisa de Boer' }]);
    const lisa = clientOf('lisa');
    const queue = await lisa.approvals.list();
    expect(queue.map((item) => item.id)).to.include(request.id);
    const declined = await lisa.approvals.decide(request.id, {
      decision: 'decline',
      note: 'Kies eerst de training medicatieveiligheid.',
    });
    expect(declined.status).to.equal('declined');
    const again = await lisa.approvals
      .decide(request.id, { decision: 'approve' }, { version: request.version })
      .catch((caught: unknown) => caught);
    expect(isRequestRefusedError(again)).to.equal(true);
    expect((await fatima.requests.list()).find((item) => item.id === request.id)?.status).to.equal('declined');
    const budget = await fatima.budget.get();
    expect(budget.pots.every((pot) => pot.reserved === (pot.id === 'fatima-hours' ? 8 : 0))).to.equal(true);
  });

  it('completeStep marks a workplace step done with one key, refreshes the watched paths, and refuses a course step', async () => {
    const mehmet = clientOf('mehmet');
    const controller = new AbortController();
    const seen: LearningPath[][] = [];
    let onFresh: () => void = () => undefined;
    mehmet.learningPaths.watch(
      (state: WatchState<LearningPath[]>) => {
        if (state.status !== 'fresh') return;
        seen.push(state.data);
        onFresh();
      },
      { signal: controller.signal },
    );
    const freshCount = (count: number) =>
      new Promise<void>((resolve) => {
        onFresh = () => seen.length >= count && resolve();
        onFresh();
      });
    try {
      await freshCount(1);
      const key = crypto.randomUUID();
      const done = await mehmet.learningPaths.completeStep('path-mehmet-ev', 'mehmet-3', { idempotencyKey: key });
      expect(done.steps.find((step) => step.id === 'mehmet-3')?.status).to.equal('done');
      expect(done.progress.stepsDone).to.equal(seen[0]![0]!.progress.stepsDone + 1);
      await freshCount(2);
      expect(seen[1]![0]).to.deep.equal(done);
      // The same key again (a lost answer retried) is the same answer.
      expect(
        await mehmet.learningPaths.completeStep('path-mehmet-ev', 'mehmet-3', { idempotencyKey: key }),
      ).to.deep.equal(done);

      const refused = await mehmet.learningPaths
        .completeStep('path-mehmet-ev', 'mehmet-2')
        .catch((error: unknown) => error);
      expect(isRequestRefusedError(refused) && refused.reasons.map((reason) => reason.code)).to.deep.equal([
        'not-self-completable',
      ]);
    } finally {
      controller.abort();
      // The demo server is shared by every test: leave Mehmet's route as seeded.
      await callStore('forgetStepCompletions', 'mehmet');
    }
  });
});
