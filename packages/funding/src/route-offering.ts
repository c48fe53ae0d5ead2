import type { CourseLike, LearningStep, Offering } from '@leerbudget/contract';
import { isoDay } from './calendar.js';

/**
 * The offering a course step's funding is checked on. The step's own `offeringId` wins when the course has it.
 * Otherwise the earliest offering the employee can still join that starts on or after the step's planned start
 * (or `today`): a self-paced offering (no start) counts as starting on that day, and an offering whose enrolment
 * deadline has passed or that has no seats left is skipped. `null` when none fits; the plan then uses the planned
 * start date itself.
 */
export function routeOffering(course: CourseLike, step: LearningStep, today: string): Offering | null {
  if (step.offeringId) {
    const chosen = course.offerings.find((offering) => offering.id === step.offeringId);
    if (chosen) return chosen;
  }

  const from = isoDay(step.plannedStart ?? today);
  let earliest: { offering: Offering; start: string } | null = null;
  for (const offering of course.offerings) {
    if (!canStillJoin(offering, today)) continue;
    const start = offering.start === null ? from : isoDay(offering.start);
    if (start < from) continue;
    if (earliest === null || start < earliest.start) earliest = { offering, start };
  }
  return earliest?.offering ?? null;
}

function canStillJoin(offering: Offering, today: string): boolean {
  if (offering.seatsLeft === 0) return false;
  const deadline = offering.enrolmentDeadline;
  return deadline === null || deadline === undefined || isoDay(deadline) >= today;
}
