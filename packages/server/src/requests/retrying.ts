import type { Database, Queryable } from '../db/database.js';

/**
 * Errors after which the whole transaction may simply run again: a serialization failure, a deadlock the
 * database broke, or a parallel request that committed the same idempotency key first (the retry then replays it).
 */
function isRetryable(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
  return code === '40001' || code === '40P01' || (code === '23505' && constraint === 'idempotency_keys_pkey');
}

const ATTEMPTS = 8;

/** Runs `work` in one transaction, again (after a short random pause) when the database asks for a retry. */
export async function retrying<T>(db: Database, work: (tx: Queryable) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}
