import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPgliteDatabase } from './pglite-database.js';
import { ReadCache } from './read-cache.js';
import { countWrites } from './write-counter.js';

async function openCounted() {
  const db = countWrites(await openPgliteDatabase(undefined));
  await db.exec('CREATE TABLE pots (id text PRIMARY KEY, total int NOT NULL)');
  await db.query("INSERT INTO pots VALUES ('a', 100)");
  let loads = 0;
  const cache = new ReadCache(db);
  const readTotal = () =>
    cache.read('a', async () => {
      loads += 1;
      const [row] = await db.query<{ total: number }>("SELECT total FROM pots WHERE id = 'a'");
      return row!.total;
    });
  return { db, readTotal, loads: () => loads };
}

test('a read is kept until the next write, whatever kind of statement writes', async (t) => {
  const { db, readTotal, loads } = await openCounted();
  t.after(() => db.close());
  assert.equal(await readTotal(), 100);
  assert.equal(await readTotal(), 100);
  assert.equal(loads(), 1);

  const writes: [string, () => Promise<unknown>][] = [
    ['an UPDATE', () => db.query("UPDATE pots SET total = 90 WHERE id = 'a'")],
    ['a WITH … UPDATE', () => db.query("WITH c AS (UPDATE pots SET total = 80 WHERE id = 'a' RETURNING 1) SELECT 1")],
    ['a transaction', () => db.transaction((tx) => tx.query("UPDATE pots SET total = 70 WHERE id = 'a'"))],
    ['a script', () => db.exec("UPDATE pots SET total = 60 WHERE id = 'a'")],
  ];
  let expected = 90;
  for (const [kind, write] of writes) {
    const before = loads();
    await write();
    assert.equal(await readTotal(), expected, kind);
    assert.equal(loads(), before + 1, `${kind} makes the next read load again`);
    expected -= 10;
  }
});

test('a transaction that fails still counts: what it did before failing is not trusted to be gone', async (t) => {
  const { db, readTotal, loads } = await openCounted();
  t.after(() => db.close());
  await readTotal();
  await assert.rejects(db.transaction(() => Promise.reject(new Error('refused'))));
  await readTotal();
  assert.equal(loads(), 2);
});

test('a value loaded while a write was under way is used once, not kept', async (t) => {
  const { db, readTotal, loads } = await openCounted();
  t.after(() => db.close());
  let finishWrite!: () => void;
  const writing = db.transaction(async (tx) => {
    await tx.query("UPDATE pots SET total = 50 WHERE id = 'a'");
    await new Promise<void>((resolve) => (finishWrite = resolve));
  });
  // PGlite runs one statement at a time, so this read waits for the transaction; it must not be kept either way.
  const during = readTotal();
  await new Promise((resolve) => setTimeout(resolve, 20));
  finishWrite();
  await writing;
  await during;
  assert.equal(await readTotal(), 50);
  assert.equal(loads(), 2);
});

test('plain SELECTs do not count as writes', async (t) => {
  const { db, readTotal, loads } = await openCounted();
  t.after(() => db.close());
  await readTotal();
  await db.query('SELECT count(*) FROM pots');
  await readTotal();
  assert.equal(loads(), 1);
  assert.equal(db.writesInFlight, 0);
});
