import type { BudgetPot, Course, Offering } from '@leerbudget/contract';
import { isoDateAfter } from '../calendar.js';
import type { EmployeeRecord } from '../store.js';

/** Employees, pots and a course made for the request tests, so each rule has exact numbers to check. */
export const EUR = 100;

export function testPot(
  id: string,
  total: number,
  rules: Partial<BudgetPot['rules']> = {},
  expiresAt: string | null = null,
): BudgetPot {
  return {
    id,
    name: `Pot ${id}`,
    kind: 'personal',
    funder: { name: 'Werkgever' },
    unit: 'money',
    currency: 'EUR',
    total,
    spent: 0,
    reserved: 0,
    available: total,
    validFrom: null,
    expiresAt,
    carryOver: false,
    priority: 1,
    rules: { coveragePercent: 100, requiresCertifiedProvider: false, requiresApproval: false, ...rules },
  };
}

export function testEmployee(id: string, pots: BudgetPot[], extra: Partial<EmployeeRecord> = {}): EmployeeRecord {
  return {
    me: { id, displayName: `Medewerker ${id}`, locale: 'nl', manages: [] },
    token: `token-${id}`,
    pots,
    learningPaths: [],
    ...extra,
  };
}

/** A €100 course with runs that are open, full, closed, nearly full, starting late, and deciding soon. */
export function testCourse(today: Date, euros = 100, id = 'req-course'): Course {
  const run = (suffix: string, startsIn: number, deadlineIn: number, seatsLeft: number | null): Offering => ({
    id: `${id}-${suffix}`,
    start: isoDateAfter(today, startsIn),
    end: isoDateAfter(today, startsIn + 1),
    location: null,
    seatsLeft,
    enrolmentDeadline: isoDateAfter(today, deadlineIn),
  });
  return {
    id,
    title: 'Aanvragen oefenen',
    summary: 'Een cursus voor de tests.',
    description: 'Voor de tests van aanvragen.',
    provider: { id: 'prov-test', name: 'Testacademie', certifications: ['nrto'] },
    topics: ['testen'],
    skills: [],
    level: 'beginner',
    languages: ['nl'],
    format: 'online',
    durationHours: 8,
    studyLoad: { value: 8, unit: 'hours' },
    price: { amount: euros * EUR, currency: 'EUR', vatIncluded: false },
    fundingTags: [],
    offerings: [
      run('open', 60, 50, null),
      run('full', 60, 50, 0),
      run('closed', 3, -1, null),
      run('one-seat', 60, 50, 1),
      run('late', 400, 390, null),
      run('soon', 20, 2, 2),
    ],
    url: 'https://testacademie.example.nl/aanvragen',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
