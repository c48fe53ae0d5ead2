import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from './apply-migrations.js';
import type { Database } from './database.js';

/** `migrations/` beside `src/` and `dist/`, shipped in the package files. */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Every table the migrations create, dropped by {@link dropSchema}. */
const TABLES = [
  'funding_schemes',
  'organisation_state',
  'step_completions',
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

/** Applies the `migrations/*.sql` files not yet applied, in name order (see {@link applyMigrations}). */
export async function migrate(db: Database): Promise<string[]> {
  const names = (await readdir(MIGRATIONS_DIR)).filter((name) => name.endsWith('.sql'));
  const migrations = await Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(new URL(name, `file://${MIGRATIONS_DIR}`), 'utf8') })),
  );
  return applyMigrations(db, migrations);
}

/** Drops all tables of the server, so a test run on a shared PostgreSQL starts clean. */
export async function dropSchema(db: Database): Promise<void> {
  await db.exec(TABLES.map((table) => `DROP TABLE IF EXISTS ${table} CASCADE;`).join('\n'));
}
