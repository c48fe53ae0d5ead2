import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/**
 * Opens an embedded PGlite database: in memory when `dataDir` is undefined, else persisted in that folder,
 * which is created with its parents when missing (PGlite creates only the last level).
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  const query = async <Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> =>
    (await db.query<Row>(sql, [...params])).rows;
  return {
    query,
    async exec(sql) {
      await db.exec(sql);
    },
    transaction(work) {
      return db.transaction((tx) => {
        const scoped: Queryable = {
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<Row>(sql, [...params])).rows,
        };
        return work(scoped);
      });
    },
    close: () => db.close(),
  };
}
