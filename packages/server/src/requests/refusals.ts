import type { RefusalReason, ServerPlan } from '@leerbudget/contract';
import { ProblemError } from '../http/problem.js';

/** What each refusal code means, for the problem's `detail` (the widgets write their own sentences from the codes). */
const DETAIL: Record<string, string> = {
  'plan-changed': 'Your budget changed since you looked. Check the new plan and send the request again.',
  'not-funded': 'None of your pots pays for this course. See the reasons per pot.',
  'offering-full': 'This run of the course is full. Choose another start date.',
  'enrolment-closed':
    'You can no longer sign up for this run: the enrolment deadline has passed. Choose another start date.',
  'offering-started': 'This run of the course has already started. Choose another start date.',
  'not-submitted': 'This request has already been decided. Reload your list to see the decision.',
  'not-open': 'This request is no longer open, so it cannot be changed. Reload to see where it is.',
  'not-self-completable':
    'A course step is done when its course is completed. Ask for the course, or ask HR to mark it done.',
};

/** A `409` problem: the server refused, `reasons` say why, and `plan` (when given) is the server's plan now. */
export function refusal(reasons: RefusalReason[], plan?: ServerPlan): ProblemError {
  const first = reasons[0]?.code ?? 'not-open';
  return new ProblemError(409, {
    title: 'Conflict',
    detail: DETAIL[first] ?? 'The server refused this request. See the reasons.',
    reasons,
    ...(plan === undefined ? {} : { plan }),
  });
}

export function notFound(what: string, id: string): ProblemError {
  return new ProblemError(404, { title: 'Not Found', detail: `There is no ${what} with id "${id}".` });
}

export function forbidden(detail: string): ProblemError {
  return new ProblemError(403, { title: 'Forbidden', detail });
}
