import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Budget } from '@leerbudget/contract';
import { expectBody, expectProblem, startTestServer } from '../test/helpers.js';
import { EUR, testEmployee, testPot } from './requests/requests.fixtures.js';
import type { RunningServer } from './server.js';

// On PGlite the sign-in and budget reads are kept in memory until the next write: these are the writes that must
// show at once. On PostgreSQL (DATABASE_URL) nothing is kept, and the same tests hold.
let server: RunningServer;
const budget = (token: string) =>
  fetch(`${server.url}/v1/me/budget`, { headers: { Authorization: `Bearer ${token}` } });

before(async () => {
  server = await startTestServer({ seed: 'none' });
});
after(async () => {
  await server.close();
});

test('a token taken away is refused on the very next request, and the new one works', async () => {
  await server.store.replaceEmployees([testEmployee('kim', [testPot('kim-pot', 500 * EUR)])]);
  await expectBody(await budget('token-kim'), Budget);
  await expectBody(await budget('token-kim'), Budget);
  await server.store.replaceEmployees([
    { ...testEmployee('kim', [testPot('kim-pot', 500 * EUR)]), token: 'token-kim-renewed' },
  ]);
  await expectProblem(await budget('token-kim'), 401);
  await expectBody(await budget('token-kim-renewed'), Budget);
});

test('new pot numbers from the HR system show on the very next budget read', async () => {
  await server.store.replaceEmployees([testEmployee('noor', [testPot('noor-pot', 500 * EUR)])]);
  const first = await expectBody(await budget('token-noor'), Budget);
  assert.deepEqual(
    first.pots.map((pot) => pot.total),
    [500 * EUR],
  );
  await server.store.replaceEmployees([
    testEmployee('noor', [testPot('noor-pot', 500 * EUR), testPot('noor-extra', 250 * EUR)]),
  ]);
  const second = await expectBody(await budget('token-noor'), Budget);
  assert.deepEqual(
    second.pots.map((pot) => [pot.id, pot.total]),
    [
      ['noor-pot', 500 * EUR],
      ['noor-extra', 250 * EUR],
    ],
  );
});
