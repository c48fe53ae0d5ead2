import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '@leerbudget/server';
import type { CheckResult } from './check.js';
import { CHECKS } from './checks.js';
import { allPassed, runConformance } from './run.js';
import { startFaultyApi, type FaultyApi } from './testing/faulty-api.js';

const TOKEN = 'demo-sanne';
/** Lisa manages Sanne and decides her requests (packages/server/src/demo/employees.ts). */
const APPROVER_TOKEN = 'demo-lisa';

/** The reference server on in-memory PGlite, and on PostgreSQL too when LB_TEST_POSTGRES_URL is set. */
const databases: Array<[string, string | undefined]> = [['PGlite', undefined]];
if (process.env.LB_TEST_POSTGRES_URL) databases.push(['PostgreSQL', process.env.LB_TEST_POSTGRES_URL]);

function failure(results: readonly CheckResult[], id: string) {
  const result = results.find((entry) => entry.id === id);
  assert.ok(result !== undefined && result.status === 'fail', `${id} should fail: ${JSON.stringify(result)}`);
  return result;
}

for (const [name, databaseUrl] of databases) {
  describe(`the checker against the reference server on ${name}`, () => {
    let server: RunningServer;
    before(async () => {
      server = await startServer({
        port: 0,
        ...(databaseUrl === undefined ? {} : { databaseUrl, resetDatabase: true }),
      });
    });
    after(() => server.close());

    it('passes every check, the write and approval checks included', async () => {
      const results = await runConformance({
        base: server.url,
        token: TOKEN,
        approverToken: APPROVER_TOKEN,
        writes: true,
      });
      assert.deepEqual(
        results.filter((result) => result.status !== 'pass'),
        [],
      );
      assert.equal(results.length, CHECKS.length);
    });

    it('skips the approval check, and only that one, without --approver-token', async () => {
      const results = await runConformance({ base: server.url, token: TOKEN, writes: true });
      assert.deepEqual(
        results.filter((result) => result.status !== 'pass'),
        [
          {
            id: 'requests-approval',
            title: CHECKS.find((check) => check.id === 'requests-approval')!.title,
            status: 'skip',
            reason: 'no --approver-token given for the test employee’s approver',
          },
        ],
      );
    });

    it('leaves the test employee’s budget as it found it', async () => {
      const budget = () =>
        fetch(`${server.url}/v1/me/budget`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((reply) =>
          reply.json(),
        ) as Promise<{ pots: Array<{ id: string; reserved: number; available: number }> }>;
      const before = await budget();
      await runConformance({ base: server.url, token: TOKEN, approverToken: APPROVER_TOKEN, writes: true });
      const after = await budget();
      assert.deepEqual(
        after.pots.map(({ id, reserved, available }) => ({ id, reserved, available })),
        before.pots.map(({ id, reserved, available }) => ({ id, reserved, available })),
      );
    });
  });
}

describe('the checker against a server that breaks one rule at a time', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server.close());

  async function withApi<T>(options: { fault?: string }, use: (api: FaultyApi) => Promise<T>): Promise<T> {
    const api = await startFaultyApi({ upstream: server.url, ...options });
    try {
      return await use(api);
    } finally {
      await api.close();
    }
  }

  it('passes all checks, writes and approval included, through the fault-free proxy', async () => {
    const results = await withApi({}, (api) =>
      runConformance({ base: api.url, token: TOKEN, approverToken: APPROVER_TOKEN, writes: true }),
    );
    assert.ok(
      allPassed(results),
      JSON.stringify(
        results.filter((result) => result.status !== 'pass'),
        null,
        2,
      ),
    );
    assert.ok(results.every((result) => result.status === 'pass'));
  });

  const expectations: Record<string, RegExp> = {
    discovery: /field capabilities/,
    'catalogue-schema': /field courses\.0\.price\.amount/,
    'catalogue-etag': /no ETag/,
    'catalogue-delta': /kind "snapshot"/,
    'funding-schemes': /field items\.0\.maxPerCourse/,
    'catalogue-provider': /of other providers/,
    'courses-paging': /again on page 2/,
    'course-detail': /field description/,
    'problem-json': /Content-Type "text\/html"/,
    'auth-401': /no WWW-Authenticate header/,
    'cors-preflight': /^authorization, content-type, if-none-match, if-match, accept-language$/,
    'cors-expose': /^etag, www-authenticate, idempotent-replayed$/,
    me: /field displayName/,
    budget: /≠/,
    'learning-paths': /field/,
    'requests-replay': /a new request/,
    'requests-reused-key': /^201 /,
    // A negative balance already breaks the Budget schema, which is how the checker sees it.
    'requests-no-overdraft': /field pots\.0\.available|available -\d+/,
    'requests-cancel-releases': /cents$/,
    'requests-approval': /^200 /,
    'step-completion': /^200 /,
  };

  it('has a fault case for every check', () => {
    assert.deepEqual(Object.keys(expectations).sort(), CHECKS.map((check) => check.id).sort());
  });

  for (const [fault, expected] of Object.entries(expectations)) {
    it(`fails ${fault} with what came back and a fix hint when the server breaks that rule`, async () => {
      const results = await withApi({ fault }, (api) =>
        runConformance({ base: api.url, token: TOKEN, approverToken: APPROVER_TOKEN, writes: true, only: [fault] }),
      );
      const result = failure(results, fault);
      assert.match(result.got, expected);
      assert.ok(result.expected.length > 0 && result.hint.length > 0);
      assert.equal(allPassed(results), false);
      assert.deepEqual(
        results.filter((entry) => entry.status === 'fail').map((entry) => entry.id),
        [fault],
      );
    });
  }
});
