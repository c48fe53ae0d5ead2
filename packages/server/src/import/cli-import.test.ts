import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));

test('leerbudget-server import loads a schema.org file into PGlite, with a progress line and an issues summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lb-import-'));
  try {
    const file = join(dir, 'courses.jsonld');
    writeFileSync(
      file,
      JSON.stringify([
        {
          '@type': 'Course',
          identifier: 'a',
          name: 'Cursus A',
          url: 'https://vendor.example/a',
          provider: { '@type': 'Organization', identifier: 'v', name: 'Vendor' },
          courseMode: 'online',
          timeRequired: 'PT8H',
          offers: { '@type': 'Offer', price: '99.95', priceCurrency: 'EUR' },
          inLanguage: 'nl',
        },
        {
          '@type': 'Course',
          identifier: 'b',
          name: 'Cursus B',
          provider: { '@type': 'Organization', identifier: 'v', name: 'Vendor' },
        },
      ]),
    );
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', cli, 'import', '--format', 'schema-org', '--from', file, '--data-dir', join(dir, 'db')],
      { encoding: 'utf8', env },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /importing schema-org: page 1, 2 records/);
    assert.match(result.stdout, /^Imported 1 courses: 1 new or changed, 0 removed \(tombstoned\), 1 skipped\./);
    assert.match(result.stdout, /1× url: the record has no https link; the contract requires one/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
