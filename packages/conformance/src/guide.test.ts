import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import type { CheckResult } from './check.js';
import { allPassed, runConformance } from './run.js';
import { TINY_TOKEN, tinyApi } from './testing/tiny-api.js';

async function check(followGuide: boolean): Promise<CheckResult[]> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: tinyApi({ followGuide }).fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(listening),
    );
  });
  try {
    const { port } = server.address() as AddressInfo;
    return await runConformance({ base: `http://127.0.0.1:${port}`, token: TINY_TOKEN, writes: true });
  } finally {
    server.close();
    if ('closeAllConnections' in server) server.closeAllConnections();
  }
}

describe('docs/guides/build-a-compliant-api.md, followed on a tiny API', () => {
  it('fails the checker as written from the OpenAPI document alone', async () => {
    const results = await check(false);
    assert.deepEqual(
      results.filter((result) => result.status === 'fail').map((result) => result.id),
      [
        'catalogue-etag',
        'catalogue-delta',
        'catalogue-provider',
        'problem-json',
        'auth-401',
        'cors-preflight',
        'cors-expose',
      ],
    );
  });

  it('passes once the fixes the guide names are in', async () => {
    const results = await check(true);
    assert.ok(
      allPassed(results),
      JSON.stringify(
        results.filter((result) => result.status === 'fail'),
        null,
        2,
      ),
    );
    assert.deepEqual(
      results
        .filter((result) => result.status === 'skip')
        .map((result) => [result.id, result.status === 'skip' ? result.reason : '']),
      [
        ['funding-schemes', 'the API does not announce the `fundingSchemes` capability'],
        ['learning-paths', 'the API does not announce the `learningPaths` capability'],
        ['requests-replay', 'the API does not announce the `requests` capability'],
        ['requests-reused-key', 'the API does not announce the `requests` capability'],
        ['requests-no-overdraft', 'the API does not announce the `requests` capability'],
        ['requests-cancel-releases', 'the API does not announce the `requests` capability'],
        ['requests-approval', 'the API does not announce the `requests` capability'],
        ['step-completion', 'the API does not announce the `stepCompletion` capability'],
      ],
    );
  });
});
