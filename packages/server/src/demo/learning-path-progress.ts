import type { LearningPath, LearningStep } from '@leerbudget/contract';

/** Adds `progress`, counted from the steps, so demo paths never disagree with themselves. */
export function withProgress(path: Omit<LearningPath, 'progress'>): LearningPath {
  const done = path.steps.filter((step: LearningStep) => step.status === 'done');
  const hours = (steps: LearningStep[]) => steps.reduce((sum, step) => sum + step.estimatedHours, 0);
  return {
    ...path,
    progress: {
      stepsDone: done.length,
      stepsTotal: path.steps.length,
      hoursDone: hours(done),
      hoursTotal: hours(path.steps),
    },
  };
}
