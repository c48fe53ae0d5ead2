import type { Offering } from '@leerbudget/contract';

/** Whether a run can be asked for today, or why not. The server checks the same, in the same order. */
export type RunAvailability = 'open' | 'closed' | 'started' | 'full';

export function runAvailability(offering: Offering, today: string): RunAvailability {
  if (offering.enrolmentDeadline != null && offering.enrolmentDeadline < today) return 'closed';
  if (offering.start !== null && offering.start < today) return 'started';
  if (offering.seatsLeft === 0) return 'full';
  return 'open';
}
