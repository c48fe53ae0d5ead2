import type { Check } from './check.js';
import {
  catalogueDeltaCheck,
  catalogueEtagCheck,
  catalogueProviderCheck,
  catalogueSchemaCheck,
} from './checks/catalogue.js';
import { corsExposeCheck, corsPreflightCheck } from './checks/cors.js';
import { courseDetailCheck, coursePagingCheck, problemDetailsCheck, unauthorizedCheck } from './checks/courses.js';
import { discoveryCheck } from './checks/discovery.js';
import { fundingSchemesCheck } from './checks/funding-schemes.js';
import { budgetCheck, learningPathsCheck, meCheck } from './checks/personal.js';
import {
  approvalCheck,
  cancelReleasesCheck,
  idempotentReplayCheck,
  noOverdraftCheck,
  reusedKeyCheck,
} from './checks/requests.js';
import { stepCompletionCheck } from './checks/step-completion.js';

/** Every check, in the order they run; discovery first, because the others read its capabilities. */
export const CHECKS: readonly Check[] = [
  discoveryCheck,
  catalogueSchemaCheck,
  catalogueEtagCheck,
  catalogueDeltaCheck,
  fundingSchemesCheck,
  catalogueProviderCheck,
  coursePagingCheck,
  courseDetailCheck,
  problemDetailsCheck,
  unauthorizedCheck,
  corsPreflightCheck,
  corsExposeCheck,
  meCheck,
  budgetCheck,
  learningPathsCheck,
  idempotentReplayCheck,
  reusedKeyCheck,
  noOverdraftCheck,
  cancelReleasesCheck,
  approvalCheck,
  stepCompletionCheck,
];
