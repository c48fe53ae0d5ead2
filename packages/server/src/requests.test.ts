import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Budget, CourseRequest, CourseRequestList, PotHistory, type BudgetPot } from '@leerbudget/contract';
import { expectBody, expectProblem, listen, startTestServer } from '../test/helpers.js';
import { createApp } from './app.js';
import { isoDateAfter } from './calendar.js';
import { EUR, testCourse, testEmployee, testPot } from './requests/requests.fixtures.js';
import type { RunningServer } from './server.js';

const today = new Date('2026-05-11T09:30:00Z');
let server: RunningServer;
let keyCount = 0;
const newKey = () => `test-key-${++keyCount}-${Math.random().toString(36).slice(2)}`;

function call(
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
  base = server.url,
) {
  return fetch(base + path, {
    method,
    headers: {
      Authorization: `Bearer token-${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
const create = (who: string, offering: string, options: { key?: string; course?: string; extra?: object } = {}) =>
  call(
    'POST',
    '/v1/me/requests',
    who,
    {
      courseId: options.course ?? 'req-course',
      offeringId: `${options.course ?? 'req-course'}-${offering}`,
      ...options.extra,
    },
    { 'Idempotency-Key': options.key ?? newKey() },
  );
const created = async (who: string, offering: string, options: { key?: string; course?: string } = {}) =>
  expectBody(await create(who, offering, options), CourseRequest, 201);
const decide = (
  who: string,
  request: CourseRequest,
  decision: 'approve' | 'decline',
  note?: string,
  etag = `"${request.version}"`,
) =>
  call(
    'POST',
    `/v1/approvals/${request.id}/decision`,
    who,
    { decision, ...(note === undefined ? {} : { note }) },
    { 'If-Match': etag },
  );
async function pot(who: string, id: string): Promise<BudgetPot> {
  const budget = await expectBody(await call('GET', '/v1/me/budget', who), Budget);
  return budget.pots.find((candidate) => candidate.id === id)!;
}

before(async () => {
  server = await startTestServer({ today, seed: 'none' });
  await server.store.upsertCourse(testCourse(today));
  await server.store.upsertCourse(testCourse(today, 70, 'race-course'));
  await server.store.replaceEmployees([
    testEmployee('boss', []),
    testEmployee('other-boss', []),
    testEmployee('hr', [], { hr: true }),
    testEmployee('free', [testPot('free-pot', 1000 * EUR)], { managerId: 'boss' }),
    testEmployee('asks', [testPot('asks-pot', 1000 * EUR, { requiresApproval: true, approver: 'Leidinggevende' })], {
      managerId: 'boss',
    }),
    testEmployee('why', [testPot('why-pot', 1000 * EUR, { requiresMotivation: true })], { managerId: 'boss' }),
    testEmployee('asks-hr', [testPot('asks-hr-pot', 1000 * EUR, { requiresApproval: true, approver: 'HR' })], {
      managerId: 'boss',
    }),
    testEmployee('short', [testPot('short-pot', 1000 * EUR, {}, isoDateAfter(today, 100))], { managerId: 'boss' }),
    testEmployee('race', [testPot('race-pot', 300 * EUR)], { managerId: 'boss' }),
  ]);
});
after(async () => {
  await server.close();
});

describe('state transitions', () => {
  test('no approval needed: approved at once, the money reserved, then completed by HR: reserved becomes spent', async () => {
    const request = await created('free', 'open');
    assert.equal(request.status, 'approved');
    assert.deepEqual(
      request.lines.map((line) => [line.potId, line.amount]),
      [['free-pot', 100 * EUR]],
    );
    assert.equal(request.ownContribution, 0);
    assert.deepEqual(
      request.history.map((event) => event.status),
      ['submitted', 'approved'],
    );
    assert.equal((await pot('free', 'free-pot')).reserved, 100 * EUR);
    const done = await expectBody(await call('POST', `/v1/requests/${request.id}/complete`, 'hr'), CourseRequest);
    assert.equal(done.status, 'completed');
    const after = await pot('free', 'free-pot');
    assert.deepEqual([after.spent, after.reserved, after.available], [100 * EUR, 0, 900 * EUR]);
  });

  test("needs approval: submitted into the manager's queue (not another manager's), approved with If-Match", async () => {
    const request = await created('asks', 'open');
    assert.equal(request.status, 'submitted');
    // The manager is named, so the employee reads who has the request.
    assert.deepEqual(request.approvers, [{ role: 'manager', userId: 'boss', displayName: 'Medewerker boss' }]);
    const queue = await expectBody(await call('GET', '/v1/approvals', 'boss'), CourseRequestList);
    assert.ok(queue.items.some((item) => item.id === request.id));
    // In the queue each line says what its pot keeps after a yes: the amount is already reserved.
    const held = await pot('asks', 'asks-pot');
    const queued = queue.items.find((item) => item.id === request.id)!;
    assert.deepEqual(
      queued.lines.map((line) => [line.potId, line.amount, line.availableAfter]),
      [['asks-pot', 100 * EUR, held.available]],
    );
    assert.equal(request.lines[0]!.availableAfter, undefined);
    // The budget says how many open requests hold how much of each pot.
    assert.deepEqual(held.openRequests, { count: 1, amount: 100 * EUR });
    const elsewhere = await expectBody(await call('GET', '/v1/approvals', 'other-boss'), CourseRequestList);
    assert.ok(!elsewhere.items.some((item) => item.id === request.id));
    const approved = await decide('boss', request, 'approve');
    assert.equal(approved.headers.get('etag')?.replace(/^W\//, ''), `"${request.version + 1}"`);
    const body = await expectBody(approved, CourseRequest);
    assert.equal(body.status, 'approved');
    assert.equal((await pot('asks', 'asks-pot')).reserved, 100 * EUR);
    await expectBody(await call('POST', `/v1/me/requests/${request.id}/cancel`, 'asks'), CourseRequest);
    assert.deepEqual((await pot('asks', 'asks-pot')).openRequests, { count: 0, amount: 0 });
  });

  test("a pot that names HR goes to HR's queue, not the manager's", async () => {
    const request = await created('asks-hr', 'open');
    assert.deepEqual(request.approvers, [{ role: 'hr', userId: null }]);
    const managers = await expectBody(await call('GET', '/v1/approvals', 'boss'), CourseRequestList);
    assert.ok(!managers.items.some((item) => item.id === request.id));
    await expectProblem(await decide('boss', request, 'approve'), 403);
    assert.equal((await expectBody(await decide('hr', request, 'approve'), CourseRequest)).status, 'approved');
  });

  test('declined with a note releases the money and the seat; a decline without a note is 400', async () => {
    const request = await created('asks', 'one-seat');
    await expectProblem(await create('free', 'one-seat'), 409);
    await expectProblem(await decide('boss', request, 'decline'), 400);
    await expectProblem(await decide('boss', request, 'decline', '   '), 400);
    const declined = await expectBody(
      await decide('boss', request, 'decline', 'Past niet bij je werk. Kies een andere cursus.'),
      CourseRequest,
    );
    assert.equal(declined.status, 'declined');
    assert.equal(declined.history.at(-1)?.note, 'Past niet bij je werk. Kies een andere cursus.');
    assert.equal((await pot('asks', 'asks-pot')).reserved, 0);
    const seatBack = await created('free', 'one-seat');
    await expectBody(await call('POST', `/v1/me/requests/${seatBack.id}/cancel`, 'free'), CourseRequest);
  });

  test('cancelled by the employee (submitted or approved) releases everything; cancelling twice is 409', async () => {
    const request = await created('asks', 'open');
    const cancelled = await expectBody(
      await call('POST', `/v1/me/requests/${request.id}/cancel`, 'asks'),
      CourseRequest,
    );
    assert.equal(cancelled.status, 'cancelled');
    assert.equal((await pot('asks', 'asks-pot')).reserved, 0);
    const problem = await expectProblem(await call('POST', `/v1/me/requests/${request.id}/cancel`, 'asks'), 409);
    assert.deepEqual(problem.reasons, [{ code: 'not-open' }]);
    const mine = await expectBody(await call('GET', '/v1/me/requests', 'asks'), CourseRequestList);
    assert.equal(mine.items[0]?.id, request.id, 'newest first');
  });

  test('an undecided request expires after the enrolment deadline and releases its reservation and seat', async () => {
    const request = await created('asks', 'soon');
    assert.equal((await pot('asks', 'asks-pot')).reserved, 100 * EUR);
    const later = await listen(
      createApp({ store: server.store, demo: false, now: () => new Date('2026-05-14T08:00:00Z') }),
    );
    try {
      const mine = await expectBody(
        await call('GET', '/v1/me/requests', 'asks', undefined, {}, later.url),
        CourseRequestList,
      );
      const expired = mine.items.find((item) => item.id === request.id)!;
      assert.equal(expired.status, 'expired');
      assert.equal(expired.history.at(-1)?.by, null);
      const budget = await expectBody(await call('GET', '/v1/me/budget', 'asks', undefined, {}, later.url), Budget);
      assert.equal(budget.pots[0]!.reserved, 0);
      await expectProblem(await decide('boss', expired, 'approve', undefined, `"${expired.version}"`), 409);
    } finally {
      await later.close();
    }
  });
});

describe('refusals', () => {
  test('a full run, a passed enrolment deadline and a pot that expires before the start are 409 with reason codes', async () => {
    assert.deepEqual((await expectProblem(await create('free', 'full'), 409)).reasons, [{ code: 'offering-full' }]);
    assert.deepEqual((await expectProblem(await create('free', 'closed'), 409)).reasons, [
      { code: 'enrolment-closed' },
    ]);
    const expired = await expectProblem(await create('short', 'late'), 409);
    assert.deepEqual(expired.reasons, [{ code: 'not-funded' }, { code: 'expired', potId: 'short-pot' }]);
    assert.deepEqual(expired.plan, { lines: [], ownContribution: 100 * EUR });
    assert.equal((await pot('short', 'short-pot')).reserved, 0);
  });

  test("a plan that changed is 409 with the server's plan, and nothing is reserved", async () => {
    const before = await pot('free', 'free-pot');
    const problem = await expectProblem(
      await create('free', 'open', { extra: { expectedOwnContribution: 2500 } }),
      409,
    );
    assert.equal(problem.reasons?.[0]?.code, 'plan-changed');
    assert.deepEqual(
      problem.plan?.lines.map((line) => [line.potId, line.amount]),
      [['free-pot', 100 * EUR]],
    );
    assert.equal((await pot('free', 'free-pot')).reserved, before.reserved);
  });

  test('unknown course, offering, request or pot is 404; a missing key or a bad body is 400', async () => {
    await expectProblem(await create('free', 'open', { course: 'no-such-course' }), 404);
    await expectProblem(await create('free', 'nope'), 404);
    await expectProblem(await call('POST', '/v1/me/requests/req-nothing/cancel', 'free'), 404);
    await expectProblem(await call('GET', '/v1/me/budget/pots/no-pot/history', 'free'), 404);
    await expectProblem(
      await call('POST', '/v1/me/requests', 'free', { courseId: 'req-course', offeringId: 'req-course-open' }),
      400,
    );
    await expectProblem(
      await call('POST', '/v1/me/requests', 'free', { courseId: 42 }, { 'Idempotency-Key': newKey() }),
      400,
    );
  });

  test("nobody acts on another person's request or reads another's pot: 403; without a token: 401", async () => {
    const request = await created('asks', 'open');
    await expectProblem(await call('POST', `/v1/me/requests/${request.id}/cancel`, 'free'), 403);
    await expectProblem(await decide('other-boss', request, 'approve'), 403);
    await expectProblem(await decide('asks', request, 'approve'), 403);
    await expectProblem(await call('POST', `/v1/requests/${request.id}/complete`, 'boss'), 403);
    await expectProblem(await call('GET', '/v1/me/budget/pots/asks-pot/history', 'free'), 403);
    await expectProblem(await fetch(`${server.url}/v1/approvals`), 401);
    await expectProblem(await call('POST', `/v1/requests/${request.id}/complete`, 'hr'), 409);
    await expectBody(await call('POST', `/v1/me/requests/${request.id}/cancel`, 'asks'), CourseRequest);
  });

  test('a decision needs If-Match (428), a stale one is 412, a second decision is 409, never a second effect', async () => {
    const request = await created('asks', 'open');
    await expectProblem(
      await call('POST', `/v1/approvals/${request.id}/decision`, 'boss', { decision: 'approve' }),
      428,
    );
    await expectProblem(await decide('boss', request, 'approve', undefined, '"999"'), 412);
    await expectBody(await decide('boss', request, 'approve'), CourseRequest);
    await expectProblem(await decide('boss', request, 'decline', 'Toch niet.'), 409);
    const final = (await expectBody(await call('GET', '/v1/me/requests', 'asks'), CourseRequestList)).items.find(
      (item) => item.id === request.id,
    )!;
    assert.equal(final.status, 'approved');
    assert.equal(final.history.length, 2);
    await expectBody(await call('POST', `/v1/me/requests/${request.id}/cancel`, 'asks'), CourseRequest);
  });
});

describe('motivation', () => {
  test('a pot that asks why refuses a request without a motivation (400 naming it), and takes one with it', async () => {
    for (const motivation of [undefined, '   ']) {
      const refused = await expectProblem(
        await create('why', 'open', { extra: motivation === undefined ? {} : { motivation } }),
        400,
      );
      assert.deepEqual(
        refused.invalidParams?.map((param) => param.name),
        ['motivation'],
      );
    }
    assert.equal((await pot('why', 'why-pot')).reserved, 0);
    const request = await expectBody(
      await create('why', 'open', { extra: { motivation: 'Ik heb dit nodig voor mijn werk.' } }),
      CourseRequest,
      201,
    );
    assert.equal(request.motivation, 'Ik heb dit nodig voor mijn werk.');
    await expectBody(await call('POST', `/v1/me/requests/${request.id}/cancel`, 'why'), CourseRequest);
  });
});

describe('idempotency and races', () => {
  test('the same key and body replays the first answer with one reservation; another body with that key is 422', async () => {
    const key = newKey();
    const before = await pot('free', 'free-pot');
    const first = await created('free', 'open', { key });
    const again = await create('free', 'open', { key });
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await expectBody(again, CourseRequest, 201), first);
    assert.equal((await pot('free', 'free-pot')).reserved, before.reserved + 100 * EUR);
    await expectProblem(await create('free', 'one-seat', { key }), 422);
    await expectBody(await call('POST', `/v1/me/requests/${first.id}/cancel`, 'free'), CourseRequest);
  });

  test('the same key sent 10 times in parallel makes one request', async () => {
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 10 }, () => create('free', 'open', { key })));
    const bodies = await Promise.all(answers.map((answer) => expectBody(answer, CourseRequest, 201)));
    assert.equal(new Set(bodies.map((body) => body.id)).size, 1);
    const mine = await expectBody(await call('GET', '/v1/me/requests', 'free'), CourseRequestList);
    assert.equal(mine.items.filter((item) => item.id === bodies[0]!.id).length, 1);
    await expectBody(await call('POST', `/v1/me/requests/${bodies[0]!.id}/cancel`, 'free'), CourseRequest);
  });

  test('two parallel decisions on one request: exactly one wins, the other is 409 or 412', async () => {
    const request = await created('asks', 'open');
    const [a, b] = await Promise.all([decide('boss', request, 'approve'), decide('boss', request, 'decline', 'Nee.')]);
    const statuses = [a.status, b.status].sort();
    assert.equal(statuses[0], 200);
    assert.ok(statuses[1] === 409 || statuses[1] === 412, String(statuses[1]));
    const final = (await expectBody(await call('GET', '/v1/me/requests', 'asks'), CourseRequestList)).items.find(
      (item) => item.id === request.id,
    )!;
    assert.equal(final.history.length, 2, 'one decision in the history');
    const reserved = (await pot('asks', 'asks-pot')).reserved;
    assert.equal(reserved, final.status === 'approved' ? 100 * EUR : 0);
    if (final.status === 'approved')
      await expectBody(await call('POST', `/v1/me/requests/${request.id}/cancel`, 'asks'), CourseRequest);
  });

  test('50 parallel requests for the last € 300 of one pot never reserve more than € 300', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => create('race', 'open', { course: 'race-course' })),
    );
    const accepted: CourseRequest[] = [];
    for (const answer of answers) {
      if (answer.status === 201) accepted.push(CourseRequest.parse(await answer.json()));
      else assert.equal((await expectProblem(answer, 409)).reasons?.[0]?.code, 'not-funded');
    }
    const reservedByAnswers = accepted.reduce(
      (sum, request) => sum + request.lines.reduce((lines, line) => lines + line.amount, 0),
      0,
    );
    const racePot = await pot('race', 'race-pot');
    assert.ok(racePot.reserved <= 300 * EUR);
    assert.equal(racePot.reserved, reservedByAnswers);
    assert.equal(racePot.reserved, 300 * EUR, 'four full € 70 requests and one of € 20');
    assert.equal(accepted.length, 5);
    assert.deepEqual(await server.store.requests.invariants(), {
      overdrafts: 0,
      ledgerMismatches: 0,
      requestMismatches: 0,
      doubleReservations: 0,
      seatMismatches: 0,
    });
  });
});

describe('pot history', () => {
  test('the ledger, newest first and paged, matches the balance', async () => {
    const request = await created('free', 'open');
    await expectBody(await call('POST', `/v1/me/requests/${request.id}/cancel`, 'free'), CourseRequest);
    const balance = await pot('free', 'free-pot');
    const first = await expectBody(
      await call('GET', '/v1/me/budget/pots/free-pot/history?limit=2', 'free'),
      PotHistory,
    );
    assert.deepEqual(
      first.items.map((entry) => entry.kind),
      ['released', 'reserved'],
    );
    assert.equal(first.items[0]!.requestId, request.id);
    assert.deepEqual(first.items[0]!.balance, {
      total: balance.total,
      spent: balance.spent,
      reserved: balance.reserved,
      available: balance.available,
    });
    const entries = [...first.items];
    let cursor = first.nextCursor;
    while (cursor !== null) {
      const page = await expectBody(
        await call('GET', `/v1/me/budget/pots/free-pot/history?limit=2&cursor=${cursor}`, 'free'),
        PotHistory,
      );
      entries.push(...page.items);
      cursor = page.nextCursor;
    }
    assert.equal(entries.at(-1)!.kind, 'granted');
    const sum = (kinds: Record<string, number>) =>
      entries.reduce((total, entry) => total + (kinds[entry.kind] ?? 0) * entry.amount, 0);
    assert.equal(sum({ granted: 1, expired: -1 }), balance.total);
    assert.equal(sum({ spent: 1 }), balance.spent);
    assert.equal(sum({ reserved: 1, released: -1 }), balance.reserved);
    await expectProblem(await call('GET', '/v1/me/budget/pots/free-pot/history?limit=0', 'free'), 400);
  });
});
