/**
 * The Leerbudget reference API server: Hono on Node, PGlite or PostgreSQL storage, realistic demo data.
 * @packageDocumentation
 */
export { startServer, type ServerOptions, type RunningServer } from './server.js';
export { createApp, type AppOptions } from './app.js';
export {
  Store,
  type EmployeeRecord,
  type CatalogueChanges,
  type CoursePageQuery,
  type CoursePageRows,
  type OwnedLearningPath,
} from './store.js';
export { generateCourses } from './synthetic/generate-courses.js';
export { demoUsers, demoEmployees, demoTokenOf, type DemoEmployee } from './demo/employees.js';
export { demoCourses } from './demo/courses.js';
export {
  generateOrganisation,
  DEMO_ORGANISATION_SIZE,
  DEMO_DEPARTMENTS,
  ORGANISATION_SEED,
} from './demo/organisation.js';
export type {
  Organisation,
  OrgEmployee,
  OrgPot,
  OrgLedgerEntry,
  OrgRequest,
} from './organisation/write-organisation.js';
export { DEMO_PROVIDERS, DEMO_SECTORS, type DemoProvider, type DemoSector } from './demo/providers.js';
export { seedDemo, seedSyntheticCourses, SYNTHETIC_SEED } from './seed.js';
export type { Database, Queryable } from './db/database.js';
export { RequestStore, type Caller, type CreatedRequest } from './requests/request-store.js';
export type { LedgerInvariants } from './requests/invariants.js';
