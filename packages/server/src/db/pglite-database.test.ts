import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteDatabase } from './pglite-database.js';

test('a data folder whose parents do not exist yet is created (a fresh clone has no .data/)', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lb-pglite-'));
  const dataDir = join(root, '.data', 'pglite');
  try {
    const db = await openPgliteDatabase(dataDir);
    assert.deepEqual(await db.query<{ answer: number }>('select 42 as answer'), [{ answer: 42 }]);
    await db.close();
    assert.equal(existsSync(join(dataDir, 'PG_VERSION')), true);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
