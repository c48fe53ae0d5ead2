import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCliArguments } from './cli-options.js';

test('defaults: port 8787, demo seed, PGlite in .data/pglite under the working directory', () => {
  assert.deepEqual(parseCliArguments([], {}, '/srv/app'), {
    kind: 'serve',
    options: {
      port: 8787,
      hostname: '127.0.0.1',
      seed: 'demo',
      courses: 0,
      organisation: 2000,
      dataDir: '/srv/app/.data/pglite',
    },
  });
});

test('flags, PORT and DATABASE_URL', () => {
  const request = parseCliArguments(
    [
      '--seed',
      'none',
      '--courses',
      '100000',
      '--organisation',
      '500',
      '--cors-origin',
      'https://a.example,https://b.example',
      '--cors-origin',
      'https://c.example',
    ],
    { PORT: '9000', DATABASE_URL: 'postgres://u@localhost/db' },
    '/srv',
  );
  assert.deepEqual(request, {
    kind: 'serve',
    options: {
      port: 9000,
      hostname: '127.0.0.1',
      seed: 'none',
      courses: 100_000,
      organisation: 500,
      databaseUrl: 'postgres://u@localhost/db',
      corsOrigins: ['https://a.example', 'https://b.example', 'https://c.example'],
    },
  });
  assert.equal(parseCliArguments(['--port', '0'], { PORT: '9000' }, '/').kind === 'serve', true);
  assert.deepEqual(parseCliArguments(['--data-dir', 'db'], {}, '/srv'), {
    kind: 'serve',
    options: { port: 8787, hostname: '127.0.0.1', seed: 'demo', courses: 0, organisation: 2000, dataDir: '/srv/db' },
  });
});

test('bad input is refused with a readable message', () => {
  assert.throws(() => parseCliArguments(['--seed', 'all'], {}, '/'), /--seed must be demo or none/);
  assert.throws(() => parseCliArguments(['--port', 'http'], {}, '/'), /--port must be a whole number/);
  assert.throws(() => parseCliArguments(['--courses', '-5'], {}, '/'), /--courses/);
  assert.throws(() => parseCliArguments(['--unknown'], {}, '/'));
  assert.deepEqual(parseCliArguments(['--help'], {}, '/'), { kind: 'help' });
});

test('import: format, source and where the database is', () => {
  assert.deepEqual(
    parseCliArguments(
      ['import', '--format', 'ooapi', '--from', 'https://ooapi.example/courses', '--source', 'hs'],
      {},
      '/srv',
    ),
    {
      kind: 'import',
      options: {
        format: 'ooapi',
        from: 'https://ooapi.example/courses',
        source: 'hs',
        database: { dataDir: '/srv/.data/pglite' },
      },
    },
  );
  assert.deepEqual(
    parseCliArguments(
      ['import', '--format', 'schema-org', '--from', 'courses.jsonld'],
      { DATABASE_URL: 'postgres://u@h/db' },
      '/srv',
    ),
    {
      kind: 'import',
      options: { format: 'schema-org', from: '/srv/courses.jsonld', database: { databaseUrl: 'postgres://u@h/db' } },
    },
  );
  assert.throws(
    () => parseCliArguments(['import', '--format', 'csv', '--from', 'x'], {}, '/'),
    /--format must be ooapi, edudex, schema-org, got "csv"/,
  );
  assert.throws(() => parseCliArguments(['import', '--format', 'edudex'], {}, '/'), /--from needs a URL or a file/);
});
