import { createHash } from 'node:crypto';
import { SELF_COMPLETABLE_KINDS, type LearningPath } from '@leerbudget/contract';
import type { Database } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { reusedKey } from '../http/idempotency-key.js';
import { forbidden, notFound, refusal } from '../requests/refusals.js';
import { retrying } from '../requests/retrying.js';
import { readLearningPath, withCompletions } from './learning-path-rows.js';

/** The answer to a completion: the path with the step done, and whether it replays an earlier answer to the key. */
export interface CompletedStep {
  path: LearningPath;
  replayed: boolean;
}

/** Keys share one table with course requests, so the hash names the action too: a key can't answer both. */
function bodyHash(pathId: string, stepId: string): string {
  return createHash('sha256')
    .update(JSON.stringify(['complete-step', pathId, stepId]))
    .digest('hex');
}

/**
 * Marks a workplace, coaching or reading step of the caller's own path done, in one transaction with the
 * answer stored under the idempotency key. Repeating it is harmless: the step stays done with its first
 * completion, a parallel repeat waits for the first and then adds nothing, and the same key replays the first
 * answer. Courses, assessments and events are done when someone else says so (`409 not-self-completable`).
 */
export function completeStep(
  db: Database,
  caller: { id: string },
  target: { pathId: string; stepId: string },
  key: string,
  now: Date,
): Promise<CompletedStep> {
  const { pathId, stepId } = target;
  const hash = bodyHash(pathId, stepId);
  return retrying(db, async (tx) => {
    const owned = await readLearningPath(tx, pathId);
    if (owned === undefined) throw notFound('learning path', pathId);
    if (owned.ownerId !== caller.id) throw forbidden('This learning path belongs to someone else.');
    const [seen] = await tx.query<{ body_sha256: string; response: LearningPath }>(
      'SELECT body_sha256, response FROM idempotency_keys WHERE employee_id = $1 AND key = $2',
      [caller.id, key],
    );
    if (seen !== undefined) {
      if (seen.body_sha256 !== hash) throw reusedKey();
      return { path: seen.response, replayed: true };
    }
    const step = owned.path.steps.find((candidate) => candidate.id === stepId);
    if (step === undefined) {
      throw new ProblemError(404, {
        title: 'Not Found',
        detail: `There is no step ${stepId} in learning path ${pathId}.`,
      });
    }
    if (!SELF_COMPLETABLE_KINDS.includes(step.kind)) throw refusal([{ code: 'not-self-completable' }]);

    const at = now.toISOString();
    await tx.query(
      `INSERT INTO step_completions (path_id, step_id, employee_id, completed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (path_id, step_id) DO NOTHING`,
      [pathId, stepId, caller.id, at],
    );
    const path = withCompletions(owned.path, [stepId]);
    await tx.query(
      `INSERT INTO idempotency_keys (employee_id, key, body_sha256, request_id, response, created_at)
       VALUES ($1, $2, $3, NULL, $4::jsonb, $5)`,
      [caller.id, key, hash, JSON.stringify(path), at],
    );
    return { path, replayed: false };
  });
}
