import type { Context } from 'hono';
import { ProblemError } from './problem.js';
import { invalidParams } from './query.js';

/** The `Idempotency-Key` of a write: 8 to 200 characters, else a 400 that says how to make one. */
export function idempotencyKey(c: Context): string {
  const key = c.req.header('Idempotency-Key')?.trim() ?? '';
  if (key.length < 8 || key.length > 200) {
    throw invalidParams([
      {
        name: 'Idempotency-Key',
        reason: 'Send a new random key (a UUID) of 8 to 200 characters with every new request.',
      },
    ]);
  }
  return key;
}

/** A key sent again with another body: `422`, so a retry can never turn into another write. */
export function reusedKey(): ProblemError {
  return new ProblemError(422, {
    title: 'Unprocessable Content',
    detail: 'This Idempotency-Key was already used for another request. Make a new key for a new request.',
  });
}
