// Node tests of what `pnpm start` does before and while it serves: ports, interface, page addresses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { apiOriginFor, assertPortsFree, buildIfChanged, listenHost } from './first-run.mjs';
import { startStaticSite, withApiOrigin } from './static-site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

async function occupiedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('a port in use is one readable line naming the variable to change', async () => {
  const taken = await occupiedPort();
  try {
    await assert.rejects(assertPortsFree({ PORT: taken.port, SITE_PORT: 0 }, '127.0.0.1'), (error) => {
      assert.equal(error.message.split('\n').length, 1);
      assert.match(error.message, new RegExp(`Port ${taken.port} on 127.0.0.1 is in use`));
      assert.match(error.message, new RegExp(`PORT=${taken.port + 1}`));
      return true;
    });
    await assertPortsFree({ SITE_PORT: 0 }, '127.0.0.1');
  } finally {
    await taken.close();
  }
});

test('pnpm start with its port in use stops before the build, with one line and exit code 1', async () => {
  const taken = await occupiedPort();
  try {
    const result = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: { ...process.env, PORT: String(taken.port), SITE_PORT: '0', HOST: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /is in use/);
    assert.doesNotMatch(result.stdout + result.stderr, /build|tsc|vite|at .*\.mjs:\d+/);
  } finally {
    await taken.close();
  }
});

test('the demo listens on 127.0.0.1 unless HOST says otherwise', async () => {
  assert.equal(listenHost({}), '127.0.0.1');
  assert.equal(listenHost({ HOST: '' }), '127.0.0.1');
  assert.equal(listenHost({ HOST: '0.0.0.0' }), '0.0.0.0');
  const site = await startStaticSite({ port: 0, apiOrigin: 'http://localhost:9999' });
  try {
    assert.equal(site.address().address, '127.0.0.1');
  } finally {
    await new Promise((resolve) => site.close(resolve));
  }
});

test('example pages are served with the API address the demo started', async () => {
  assert.equal(apiOriginFor('127.0.0.1', 9001), 'http://localhost:9001');
  assert.equal(apiOriginFor('demo.example', 9001), 'http://demo.example:9001');
  const page = '<script type="module" src="/leerbudget.js" data-api-base="http://localhost:8787"></script>';
  assert.equal(withApiOrigin(page, 'http://localhost:9001'), page.replace('8787', '9001'));
  const site = await startStaticSite({ port: 0, apiOrigin: 'http://localhost:9001' });
  try {
    const { port } = site.address();
    const html = await (await fetch(`http://127.0.0.1:${port}/intranet-homepage/`)).text();
    assert.match(html, /data-api-base="http:\/\/localhost:9001"/);
    assert.doesNotMatch(html, /localhost:8787/);
  } finally {
    await new Promise((resolve) => site.close(resolve));
  }
});

test('the build runs when a source changed since the last one, and is skipped when nothing did', async () => {
  const stamp = join(mkdtempSync(join(tmpdir(), 'lb-stamp-')), 'stamp.json');
  let builds = 0;
  const build = async () => {
    builds += 1;
  };
  assert.equal(await buildIfChanged(build, stamp), true, 'no stamp yet');
  assert.equal(await buildIfChanged(build, stamp), false, 'nothing changed');
  const source = join(root, 'packages/sdk/src/index.ts');
  const later = new Date(Date.now() + 5_000);
  utimesSync(source, later, later);
  try {
    assert.equal(await buildIfChanged(build, stamp), true, 'a source changed');
  } finally {
    const now = new Date();
    utimesSync(source, now, now);
  }
  assert.equal(builds, 2);
});

test('the embed chunks are served to be kept for ever, the loader and the pages to be asked again', async () => {
  const chunk = readdirSync(join(root, 'packages/embed/dist')).find((file) => file.startsWith('lb-shared-'));
  assert.ok(chunk, 'pnpm build made the shared chunk');
  const site = await startStaticSite({ port: 0, apiOrigin: 'http://localhost:9001' });
  try {
    const { port } = site.address();
    const cacheControl = async (path) => (await fetch(`http://127.0.0.1:${port}${path}`)).headers.get('cache-control');
    assert.equal(await cacheControl(`/${chunk}`), 'public, max-age=31536000, immutable');
    assert.equal(await cacheControl('/leerbudget.js'), 'no-cache');
    assert.equal(await cacheControl('/leerbudget-stub.js'), 'no-cache');
    assert.equal(await cacheControl('/intranet-homepage/'), 'no-cache');
  } finally {
    await new Promise((resolve) => site.close(resolve));
  }
});
