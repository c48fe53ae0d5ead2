import type { BudgetPot, Course } from '@leerbudget/contract';
import type { EmployeeRecord } from '@leerbudget/server';

/** Shape of one soak run. */
export interface SoakShape {
  clients: number;
  requestsPerClient: number;
  /** Clients share employees, so that several race for the same pot. */
  employees: number;
}

export const COURSE_ID = 'soak-course';
export const OPEN_RUN = `${COURSE_ID}-open`;
export const SMALL_RUN = `${COURSE_ID}-small`;
/** Seats of the small run: fewer than the requests for it, so seats are raced for too. */
export const SMALL_RUN_SEATS = 40;
export const BOSSES = ['soak-boss-0', 'soak-boss-1'];
export const HR_ID = 'soak-hr';

export const employeeId = (index: number) => `soak-e${index}`;
export const tokenOf = (id: string) => `soak-token-${id}`;

function isoDate(daysFromNow: number): string {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

/** A € 100 course with an open run and a small one. */
export function soakCourse(): Course {
  const run = (id: string, seatsLeft: number | null) => ({
    id,
    start: isoDate(60),
    end: isoDate(61),
    location: null,
    seatsLeft,
    enrolmentDeadline: isoDate(50),
  });
  return {
    id: COURSE_ID,
    title: 'Soak-cursus',
    summary: 'Voor de soak.',
    description: 'Voor de soak.',
    provider: { id: 'prov-soak', name: 'Soak Academie', certifications: [] },
    topics: ['soak'],
    skills: [],
    level: 'beginner',
    languages: ['nl'],
    format: 'online',
    durationHours: 4,
    studyLoad: { value: 4, unit: 'hours' },
    price: { amount: 10_000, currency: 'EUR', vatIncluded: false },
    fundingTags: [],
    offerings: [run(OPEN_RUN, null), run(SMALL_RUN, SMALL_RUN_SEATS)],
    url: 'https://soak.example.nl/cursus',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function pot(id: string, euros: number, requiresApproval: boolean): BudgetPot {
  return {
    id,
    name: `Pot ${id}`,
    kind: 'personal',
    funder: { name: 'Werkgever' },
    unit: 'money',
    currency: 'EUR',
    total: euros * 100,
    spent: 0,
    reserved: 0,
    available: euros * 100,
    validFrom: null,
    expiresAt: null,
    carryOver: false,
    priority: 1,
    rules: {
      coveragePercent: 100,
      requiresCertifiedProvider: false,
      requiresApproval,
      approver: requiresApproval ? 'Leidinggevende' : null,
    },
  };
}

function employee(id: string, pots: BudgetPot[], extra: Partial<EmployeeRecord> = {}): EmployeeRecord {
  return {
    me: { id, displayName: id, locale: 'nl', manages: [] },
    token: tokenOf(id),
    pots,
    learningPaths: [],
    ...extra,
  };
}

/**
 * Employees with small pots (€ 600: six requests' worth, raced for by every client of that employee), every
 * other one needing its manager's approval, two managers and one HR person.
 */
export function soakEmployees(shape: SoakShape): EmployeeRecord[] {
  const staff = Array.from({ length: shape.employees }, (_, index) =>
    employee(employeeId(index), [pot(`${employeeId(index)}-pot`, 600, index % 2 === 1)], {
      managerId: BOSSES[index % BOSSES.length]!,
    }),
  );
  return [...BOSSES.map((id) => employee(id, [])), employee(HR_ID, [], { hr: true }), ...staff];
}
