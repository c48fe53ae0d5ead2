import type { LearningPath } from '@leerbudget/contract';
import type { Queryable } from '../db/database.js';

/** A learning path with the id of the employee it belongs to. */
export interface OwnedLearningPath {
  ownerId: string;
  path: LearningPath;
}

/** Each path's body with the ids of the steps its employee marked done (`step_completions`). */
const PATHS = `SELECT lp.employee_id, lp.body,
    COALESCE((SELECT jsonb_agg(c.step_id) FROM step_completions c
               WHERE c.path_id = lp.id AND c.employee_id = lp.employee_id), '[]'::jsonb) AS done
  FROM learning_paths lp`;

interface PathRow {
  employee_id: string;
  body: LearningPath;
  done: string[];
}

const owned = (row: PathRow): OwnedLearningPath => ({
  ownerId: row.employee_id,
  path: withCompletions(row.body, row.done),
});

/** The learning paths of these employees, each in their planned order, with their completed steps done. */
export async function readLearningPaths(db: Queryable, employeeIds: readonly string[]): Promise<OwnedLearningPath[]> {
  const rows = await db.query<PathRow>(
    `${PATHS} WHERE lp.employee_id = ANY($1::text[]) ORDER BY lp.employee_id, lp.position`,
    [employeeIds],
  );
  return rows.map(owned);
}

/** One learning path with its owner and completed steps, or `undefined` when unknown. */
export async function readLearningPath(db: Queryable, pathId: string): Promise<OwnedLearningPath | undefined> {
  const [row] = await db.query<PathRow>(`${PATHS} WHERE lp.id = $1`, [pathId]);
  return row === undefined ? undefined : owned(row);
}

/**
 * The path with these steps `done`, and its progress moved on by each step that was not done yet (its hours
 * too), never beyond the totals. Progress is adjusted rather than recounted, so a path's own counts stay.
 */
export function withCompletions(path: LearningPath, doneStepIds: readonly string[]): LearningPath {
  const marked = new Set(doneStepIds);
  let steps = 0;
  let hours = 0;
  const updated = path.steps.map((step) => {
    if (!marked.has(step.id) || step.status === 'done') return step;
    steps += 1;
    hours += step.estimatedHours;
    return { ...step, status: 'done' as const };
  });
  if (steps === 0) return path;
  const { stepsDone, stepsTotal, hoursDone, hoursTotal } = path.progress;
  return {
    ...path,
    steps: updated,
    progress: {
      stepsDone: Math.min(stepsTotal, stepsDone + steps),
      stepsTotal,
      // Hours add up in hundredths, so 0.1 + 0.2 is 0.3.
      hoursDone: Math.min(hoursTotal, Math.round((hoursDone + hours) * 100) / 100),
      hoursTotal,
    },
  };
}
