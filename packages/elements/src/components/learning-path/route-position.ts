import type { LearningPath, LearningStep } from '@leerbudget/contract';

/**
 * The route to show: the one with id `required` when given (or `undefined` when the employee has no such
 * route), else the `preferred` one (picked in the selector) when it is there, else the first route that still
 * has work to do, else the first route.
 */
export function chooseCurrentPath(
  paths: readonly LearningPath[],
  { required, preferred }: { required?: string | undefined; preferred?: string | undefined },
): LearningPath | undefined {
  if (required) return paths.find((path) => path.id === required);
  return paths.find((path) => path.id === preferred) ?? paths.find((path) => nextStep(path) !== undefined) ?? paths[0];
}

/** The first step in route order that is not done; `undefined` when the route is finished. */
export function nextStep(path: LearningPath): LearningStep | undefined {
  return path.steps.find((step) => step.status !== 'done');
}

/** A step that is not done and whose due date (ISO) lies before `today`. */
export function isOverdue(step: LearningStep, today: string): boolean {
  return step.status !== 'done' && !!step.due && step.due.slice(0, 10) < today;
}
