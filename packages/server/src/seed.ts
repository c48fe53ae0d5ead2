import { generateCourses } from './synthetic/generate-courses.js';
import { demoCourses } from './demo/courses.js';
import { demoEmployees } from './demo/employees.js';
import { demoFundingSchemes } from './demo/funding-schemes.js';
import { generateOrganisation } from './demo/organisation.js';
import type { Store } from './store.js';

/** Seed of the synthetic catalogue, fixed so `--courses N` always gives the same courses. */
export const SYNTHETIC_SEED = 20_240_901;

/**
 * Writes the demo courses, funding schemes and employees, with dates relative to `today`, and a generated organisation of
 * `organisation` more people around them (0 for none). Idempotent: courses that did not change keep their
 * revision, and employees are replaced, so their dates move with the calendar.
 */
export async function seedDemo(store: Store, today: Date, organisation = 0): Promise<void> {
  await store.seedCourses(demoCourses(today));
  await store.replaceFundingSchemes(demoFundingSchemes(today));
  await store.replaceEmployees(demoEmployees(today), today);
  await store.replaceOrganisation(
    organisation > 0
      ? generateOrganisation(today, organisation)
      : { fingerprint: 'none', replacesPrefix: 'org-', employees: [], pots: [], requests: [] },
  );
}

/** Adds `count` deterministic synthetic courses (see {@link generateCourses}). */
export async function seedSyntheticCourses(store: Store, count: number): Promise<void> {
  if (count > 0) await store.seedCourses(generateCourses(count, SYNTHETIC_SEED));
}
