import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

/** `migrations/` beside `src/` and `dist/`, shipped in the package files. */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Every table the migrations create, dropped by {@link dropSchema}. */
const TABLES = [
  'organisation_state',
  'idempotency_keys',
  'request_approvers',
  'request_lines',
  'requests',
  'offering_seats',
  'ledger_entries',
  'pots',
  'learning_paths',
  'employees',
  'courses',
  'catalogue_state',
  'schema_migrations',
];

/**
 * Applies the `migrations/*.sql` files not yet applied, in name order. Each file and its
 * bookkeeping row go in one multi-statement script, which PostgreSQL runs as one implicit transaction.
 */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied = new Set(
    (await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name),
  );
  const pending = (await readdir(MIGRATIONS_DIR)).filter((name) => name.endsWith('.sql') && !applied.has(name)).sort();
  for (const name of pending) {
    const script = await readFile(new URL(name, `file://${MIGRATIONS_DIR}`), 'utf8');
    await db.exec(`${script}\nINSERT INTO schema_migrations (name) VALUES ('${name.replaceAll("'", "''")}');`);
  }
  return pending;
}

/** Drops all tables of the server, so a test run on a shared PostgreSQL starts clean. */
export async function dropSchema(db: Database): Promise<void> {
  await db.exec(TABLES.map((table) => `DROP TABLE IF EXISTS ${table} CASCADE;`).join('\n'));
}
