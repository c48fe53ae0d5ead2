import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FundingSchemeList } from '@leerbudget/contract';
import { expectBody, startTestServer } from '../test/helpers.js';
import { demoFundingSchemes } from './demo/funding-schemes.js';
import type { RunningServer } from './server.js';

const today = new Date('2026-05-11T09:30:00Z');
let server: RunningServer;
const get = (headers: Record<string, string> = {}) => fetch(`${server.url}/v1/funding-schemes`, { headers });

before(async () => {
  server = await startTestServer({ today });
});
after(async () => {
  await server.close();
});

describe('GET /v1/funding-schemes', () => {
  test('lists the demo schemes without sign-in, valid, in order, publicly cacheable', async () => {
    const response = await get();
    assert.equal(response.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=600');
    assert.match(response.headers.get('etag') ?? '', /^W\/"s[\w-]{22}"$/);
    const list = await expectBody(response, FundingSchemeList);
    assert.deepEqual(list, { generatedAt: today.toISOString(), items: demoFundingSchemes(today) });
    assert.ok(list.items.length >= 3);
    assert.deepEqual(new Set(list.items.map((scheme) => scheme.kind)), new Set(['sector-fund', 'government']));
  });

  test('If-None-Match with the current ETag gives 304; an old one gives the list', async () => {
    const etag = (await get()).headers.get('etag')!;
    const again = await get({ 'If-None-Match': etag.slice(2) });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(await again.text(), '');
    const stale = await get({ 'If-None-Match': 'W/"s-old"' });
    assert.equal(stale.status, 200);
    await stale.arrayBuffer();
  });

  test('a token is not needed and changes nothing', async () => {
    const anonymous = await (await get()).text();
    const signedIn = await (await get({ Authorization: 'Bearer not-a-real-token' })).text();
    assert.equal(signedIn, anonymous);
  });

  test('new rules give a new ETag and the new list; an empty list is valid', async () => {
    const before = (await get()).headers.get('etag')!;
    const [first, ...rest] = demoFundingSchemes(today);
    await server.store.replaceFundingSchemes([...rest, { ...first!, coveragePercent: 40 }]);
    const changed = await get({ 'If-None-Match': before });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), before);
    const list = await expectBody(changed, FundingSchemeList);
    assert.deepEqual(
      list.items.map((scheme) => [scheme.id, scheme.coveragePercent]),
      [...rest.map((scheme) => [scheme.id, scheme.coveragePercent]), [first!.id, 40]],
    );
    await server.store.replaceFundingSchemes([]);
    assert.deepEqual((await expectBody(await get(), FundingSchemeList)).items, []);
    await server.store.replaceFundingSchemes(demoFundingSchemes(today));
    assert.equal((await get()).headers.get('etag'), before, 'the same schemes give the same ETag again');
  });

  test('the OpenAPI document describes the endpoint as public', async () => {
    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, { get?: { security?: unknown[] } }>;
    };
    assert.deepEqual(document.paths['/v1/funding-schemes']?.get?.security, []);
  });
});
