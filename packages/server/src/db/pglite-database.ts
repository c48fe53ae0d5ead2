import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from './database.js';
import { pgliteDatabase } from './pglite-adapter.js';

/**
 * Opens an embedded PGlite database: in memory when `dataDir` is undefined, else persisted in that folder,
 * which is created with its parents when missing (PGlite creates only the last level).
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  return pgliteDatabase(db);
}
