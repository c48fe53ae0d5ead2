import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createBrowserApi } from './browser-api.js';

// The browser entry on Node's own built-ins: the same seams (migrations handed in, the base path, reset) that the
// docs site's service worker uses; the browser-only built-ins are checked in node/node-shims.test.ts.
const migrationsDir = new URL('../../migrations/', import.meta.url);
const migrations = await Promise.all(
  (await readdir(migrationsDir)).map(async (name) => ({
    name,
    sql: await readFile(new URL(name, migrationsDir), 'utf8'),
  })),
);
const openApiDocument = await readFile(
  createRequire(import.meta.url).resolve('@leerbudget/contract/openapi.json'),
  'utf8',
);

test('the browser API serves the demo under its base path, takes a request, and reset brings the seed back', async () => {
  const api = await createBrowserApi({ migrations, openApiDocument, basePath: '/api', pglite: {} });
  const call = (path: string, init: RequestInit = {}) =>
    api.fetch(
      new Request(`https://docs.example${path}`, { ...init, headers: { 'Accept-Encoding': 'gzip', ...init.headers } }),
    );

  const users = await call('/api/v1/demo/users');
  assert.equal(users.status, 200);
  // There is no transport to decode gzip between a service worker and its page.
  assert.equal(users.headers.get('Content-Encoding'), null);
  assert.ok(((await users.json()) as { items: unknown[] }).items.length >= 6);
  const openApi = await call('/api/openapi.json');
  assert.equal(openApi.status, 200);
  assert.equal(openApi.headers.get('Content-Encoding'), null);

  const auth = { Authorization: 'Bearer demo-fatima', 'Content-Type': 'application/json' };
  const created = await call('/api/v1/me/requests', {
    method: 'POST',
    headers: { ...auth, 'Idempotency-Key': 'browser-api-test-1' },
    body: JSON.stringify({ courseId: 'zorg-medicatieveiligheid', offeringId: 'zorg-medicatieveiligheid-1' }),
  });
  assert.equal(created.status, 201);
  const own = async () =>
    ((await (await call('/api/v1/me/requests', { headers: auth })).json()) as { items: unknown[] }).items;
  assert.equal((await own()).length, 1);

  // HR's insights have data to show: groups of five or more from the generated organisation.
  const insights = await call('/api/v1/organisation/insights', { headers: { Authorization: 'Bearer demo-hanna' } });
  assert.equal(insights.status, 200);
  const groups = ((await insights.json()) as { groups: { key: string }[] }).groups;
  assert.ok(groups.filter((group) => group.key !== 'overig').length >= 5, JSON.stringify(groups.map((g) => g.key)));

  await api.reset();
  assert.equal((await own()).length, 0);
});
