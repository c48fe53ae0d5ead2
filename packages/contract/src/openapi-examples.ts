import type { Budget, BudgetPot, PotRules } from './budget.js';
import type { CatalogueSnapshot } from './catalogue.js';
import type { Course, CoursePage, CourseSummary, Offering, Price, Provider, Skill } from './course.js';
import type { DemoUser, DemoUserList } from './demo.js';
import type { Discovery } from './discovery.js';
import type { LearningPath, LearningPathList, LearningStep } from './learning-path.js';
import type { Me } from './me.js';
import type { Money } from './common.js';
import type { Problem } from './problem.js';

// One worked example per component of the OpenAPI document, typed by the contract so they cannot drift.

const provider: Provider = {
  id: 'installatiewerk-academie',
  name: 'Installatiewerk Academie',
  certifications: ['nrto'],
};
const skill: Skill = {
  label: 'Warmtepompen installeren',
  escoUri: 'https://data.europa.eu/esco/skill/5b3a1c4e-1b7e-4c3a-8d5f-2a9c1f0e7b61',
};
const offering: Offering = {
  id: 'warmtepomp-2027-03',
  start: '2027-03-01',
  end: '2027-03-26',
  location: { city: 'Utrecht' },
  seatsLeft: 6,
  enrolmentDeadline: '2027-02-15',
};
const price: Price = { amount: 129500, currency: 'EUR', vatIncluded: true };
const summary: CourseSummary = {
  id: 'inst-warmtepomp',
  title: 'Warmtepompen installeren en onderhouden',
  summary: 'Vier weken praktijk en theorie: je plaatst en onderhoudt warmtepompen zelfstandig.',
  provider,
  topics: ['warmtepompen', 'installatietechniek'],
  skills: [skill],
  level: 'intermediate',
  nlqf: 4,
  languages: ['nl'],
  format: 'blended',
  durationHours: 40,
  studyLoad: { value: 40, unit: 'hours' },
  price,
  fundingTags: ['stap-eligible', 'sector:otib'],
  offerings: [offering],
  url: 'https://installatiewerk-academie.example/warmtepompen',
  updatedAt: '2026-11-23T10:42:00Z',
};
const course: Course = {
  ...summary,
  description:
    'Je leert een warmtepomp kiezen, plaatsen, in bedrijf stellen en onderhouden.\n\nNa afloop kun je zelfstandig aan de slag.',
};
const rules: PotRules = {
  coveragePercent: 50,
  maxPerCourse: 75000,
  eligibleTopics: ['installatietechniek', 'warmtepompen'],
  requiresCertifiedProvider: true,
  minCourseHours: 8,
  requiresApproval: false,
};
const pot: BudgetPot = {
  id: 'sanne-otib',
  name: 'Opleidingsbudget installatiebranche',
  kind: 'sector-fund',
  funder: { name: 'OTIB' },
  unit: 'money',
  currency: 'EUR',
  total: 150000,
  spent: 30000,
  reserved: 0,
  available: 120000,
  validFrom: '2026-05-16',
  expiresAt: '2027-05-16',
  carryOver: false,
  priority: 1,
  rules,
};
const step: LearningStep = {
  id: 'sanne-2',
  kind: 'course',
  title: 'Warmtepompen installeren en onderhouden',
  courseId: 'inst-warmtepomp',
  offeringId: 'warmtepomp-2027-03',
  status: 'todo',
  plannedStart: '2027-03-01',
  estimatedHours: 40,
};
const path: LearningPath = {
  id: 'path-sanne-warmtepomp',
  title: 'Monteur warmtepompen',
  goal: 'Zelfstandig warmtepompen installeren en onderhouden.',
  owner: 'self',
  steps: [step],
  progress: { stepsDone: 0, stepsTotal: 1, hoursDone: 0, hoursTotal: 40 },
  outcomes: ['Warmtepompmonteur'],
};
const demoUser: DemoUser = {
  id: 'sanne',
  displayName: 'Sanne de Vries',
  scenario: 'Monteur met een sectorfonds en een ontwikkelbudget',
  token: 'demo-sanne',
};

export const discoveryExample: Discovery = {
  apiVersion: '1',
  contractVersion: '1.0.0',
  name: 'Leerbudget API van Voorbeeld BV',
  capabilities: ['budget', 'catalogue', 'learningPaths'],
  catalogue: { snapshot: true, delta: true, courseCount: 1250 },
};
export const courseExample = course;
export const coursePageExample: CoursePage = { items: [summary], nextCursor: 'aW5zdC13YXJtdGVwb21w' };
export const snapshotExample: CatalogueSnapshot = {
  kind: 'snapshot',
  generatedAt: '2026-11-23T10:42:00Z',
  version: '4711',
  courses: [summary],
  deleted: [],
};
export const deltaExample: CatalogueSnapshot = {
  kind: 'delta',
  generatedAt: '2026-11-24T08:00:00Z',
  version: '4712',
  courses: [],
  deleted: ['inst-oud'],
};
export const meExample: Me = { id: 'sanne', displayName: 'Sanne de Vries', locale: 'nl', manages: [] };
export const budgetExample: Budget = { userId: 'sanne', asOf: '2026-11-23T10:42:00Z', pots: [pot] };
export const learningPathListExample: LearningPathList = { items: [path] };
export const learningPathExample = path;
export const unauthorizedExample: Problem = {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  detail: 'Sign in to see this. Send a bearer token in the Authorization header.',
};
export const notFoundExample: Problem = {
  type: 'about:blank',
  title: 'Not Found',
  status: 404,
  detail: 'There is no course inst-onbekend.',
};
export const badRequestExample: Problem = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'A query parameter is not valid.',
  invalidParams: [{ name: 'limit', reason: 'must be a whole number from 1 to 100' }],
};
const demoUserList: DemoUserList = { items: [demoUser] };
const money: Money = { amount: 45000, currency: 'EUR' };

/** The example of each named component, by component name. */
export const COMPONENT_EXAMPLES: Record<string, unknown> = {
  HttpsUrl: 'https://installatiewerk-academie.example/warmtepompen',
  Money: money,
  Discovery: discoveryExample,
  Provider: provider,
  Skill: skill,
  Offering: offering,
  Price: price,
  CourseSummary: summary,
  Course: course,
  CoursePage: coursePageExample,
  CatalogueSnapshot: snapshotExample,
  Me: meExample,
  PotRules: rules,
  BudgetPot: pot,
  Budget: budgetExample,
  LearningStep: step,
  LearningPath: path,
  LearningPathList: learningPathListExample,
  Problem: notFoundExample,
  DemoUser: demoUser,
  DemoUserList: demoUserList,
};
