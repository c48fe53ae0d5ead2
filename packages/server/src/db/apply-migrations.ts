import type { Database } from './database.js';

/** One migration script: its file name (the order key) and its SQL. */
export interface Migration {
  name: string;
  sql: string;
}

/**
 * Applies the migrations not yet applied, in name order. Each script and its bookkeeping row go in one
 * multi-statement script, which PostgreSQL runs as one implicit transaction.
 */
export async function applyMigrations(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied = new Set(
    (await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name),
  );
  const pending = migrations.filter((migration) => !applied.has(migration.name));
  pending.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, sql } of pending) {
    await db.exec(`${sql}\nINSERT INTO schema_migrations (name) VALUES ('${name.replaceAll("'", "''")}');`);
  }
  return pending.map((migration) => migration.name);
}
