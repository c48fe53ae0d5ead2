import type { Budget, BudgetPot, PotRules } from './budget.js';
import type { CatalogueSnapshot } from './catalogue.js';
import type { Course, CoursePage, CourseSummary, Credential, Offering, Price, Provider, Skill } from './course.js';
import type { FundingScheme, FundingSchemeList } from './funding-scheme.js';
import type { DemoUser, DemoUserList } from './demo.js';
import type { Discovery } from './discovery.js';
import type { LearningPath, LearningPathList, LearningStep } from './learning-path.js';
import type { Me } from './me.js';
import type { ExpiryNotice, InsightGroup, Insights, MonthAmount, TeamBudget, TeamMember } from './insights.js';
import type { Money } from './common.js';
import type { Problem } from './problem.js';
import type {
  CourseRequest,
  CourseRequestList,
  CreateRequestBody,
  DecisionBody,
  LedgerEntry,
  PotHistory,
  RefusalReason,
  RequestApprover,
  RequestEvent,
  RequestLine,
  ServerPlan,
} from './request.js';

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
const credential: Credential = {
  kind: 'certificate',
  issuer: { name: 'Installatiewerk Academie' },
  recognised: true,
  register: 'crkbo',
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
  credential,
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
/** `?provider=installatiewerk-academie`: that provider's courses only, at the same catalogue version. */
export const providerSnapshotExample: CatalogueSnapshot = { ...snapshotExample, courses: [summary] };
export const deltaExample: CatalogueSnapshot = {
  kind: 'delta',
  generatedAt: '2026-11-24T08:00:00Z',
  version: '4712',
  courses: [],
  deleted: ['inst-oud'],
};
export const meExample: Me = { id: 'sanne', displayName: 'Sanne de Vries', locale: 'nl', manages: [] };
/** A part-time employee's pot (24 of 36 hours) whose unused money moves on to the next year, up to € 250. */
const partTimePot: BudgetPot = {
  id: 'sanne-personal',
  name: 'Persoonlijk opleidingsbudget',
  kind: 'personal',
  funder: { name: 'Werkgever' },
  unit: 'money',
  currency: 'EUR',
  total: 80000,
  spent: 15000,
  reserved: 0,
  available: 65000,
  validFrom: '2026-01-01',
  expiresAt: '2026-12-31',
  carryOver: true,
  priority: 3,
  rules: {
    coveragePercent: 100,
    requiresCertifiedProvider: false,
    requiresApproval: false,
    proRata: { fullTimeHours: 36, contractHours: 24, fullTimeTotal: 120000 },
    carryOverMax: 25000,
    carryOverUntil: '2027-12-31',
  },
};
export const budgetExample: Budget = { userId: 'sanne', asOf: '2026-11-23T10:42:00Z', pots: [pot, partTimePot] };
export const learningPathListExample: LearningPathList = { items: [path] };
export const learningPathExample = path;
/** Mehmet's route after he marked his workplace step done; the coaching step has a price of its own. */
export const completedStepPathExample: LearningPath = {
  id: 'path-mehmet-ev',
  title: 'Elektrische voertuigen',
  goal: 'Veilig werken aan elektrische auto’s.',
  owner: 'manager',
  steps: [
    { id: 'mehmet-1', kind: 'workplace', title: 'Meelopen met een EV-monteur', status: 'done', estimatedHours: 16 },
    {
      id: 'mehmet-2',
      kind: 'coaching',
      title: 'Drie gesprekken met een loopbaancoach',
      status: 'todo',
      estimatedHours: 3,
      price: { amount: 45000, currency: 'EUR', vatIncluded: true },
    },
  ],
  progress: { stepsDone: 1, stepsTotal: 2, hoursDone: 16, hoursTotal: 19 },
  outcomes: [],
};
export const notSelfCompletableExample: Problem = {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail: 'A course step is done when its course is completed. Ask for the course, or ask HR to mark it done.',
  reasons: [{ code: 'not-self-completable' }],
};
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

export const createRequestBodyExample: CreateRequestBody = {
  courseId: 'inst-warmtepomp',
  offeringId: 'warmtepomp-2027-03',
  motivation: 'Wij krijgen steeds meer klanten met een warmtepomp.',
  expectedOwnContribution: 0,
};
const sectorLine: RequestLine = {
  potId: 'sanne-otib',
  potName: 'Opleidingsbudget installatiebranche',
  unit: 'money',
  amount: 75000,
  needsApproval: false,
};
const accountLine: RequestLine = {
  potId: 'sanne-leerrekening',
  potName: 'Leerrekening',
  unit: 'money',
  amount: 54500,
  needsApproval: true,
};
const manager: RequestApprover = { role: 'manager', userId: 'lisa', displayName: 'Lisa de Boer' };
const submitted: RequestEvent = { status: 'submitted', at: '2026-11-23T10:45:00Z', by: 'sanne' };
const approved: RequestEvent = {
  status: 'approved',
  at: '2026-11-24T09:12:00Z',
  by: 'lisa',
  note: 'Goed plan, veel succes.',
};
export const submittedRequestExample: CourseRequest = {
  id: 'req-7f3c2a',
  status: 'submitted',
  employee: { id: 'sanne', displayName: 'Sanne de Vries' },
  courseId: 'inst-warmtepomp',
  courseTitle: 'Warmtepompen installeren en onderhouden',
  offeringId: 'warmtepomp-2027-03',
  offeringStart: '2027-03-01',
  enrolmentDeadline: '2027-02-15',
  motivation: 'Wij krijgen steeds meer klanten met een warmtepomp.',
  price: { amount: 129500, currency: 'EUR' },
  lines: [sectorLine, accountLine],
  ownContribution: 0,
  approvers: [manager],
  history: [submitted],
  version: 1,
  createdAt: '2026-11-23T10:45:00Z',
  updatedAt: '2026-11-23T10:45:00Z',
};
export const approvedRequestExample: CourseRequest = {
  ...submittedRequestExample,
  status: 'approved',
  history: [submitted, approved],
  version: 2,
  updatedAt: '2026-11-24T09:12:00Z',
};
export const cancelledRequestExample: CourseRequest = {
  ...submittedRequestExample,
  status: 'cancelled',
  history: [submitted, { status: 'cancelled', at: '2026-11-23T16:02:00Z', by: 'sanne' }],
  version: 2,
  updatedAt: '2026-11-23T16:02:00Z',
};
export const completedRequestExample: CourseRequest = {
  ...approvedRequestExample,
  status: 'completed',
  history: [submitted, approved, { status: 'completed', at: '2027-03-27T08:00:00Z', by: 'hanna' }],
  version: 3,
  updatedAt: '2027-03-27T08:00:00Z',
};
export const requestListExample: CourseRequestList = { items: [submittedRequestExample] };
const approveDecision: DecisionBody = { decision: 'approve', note: 'Goed plan, veel succes.' };
export const declineDecisionExample: DecisionBody = {
  decision: 'decline',
  note: 'Dit past nu niet in de planning. Vraag het in maart opnieuw aan.',
  reason: 'bad-timing',
};
export const insightsForbiddenExample: Problem = {
  type: 'about:blank',
  title: 'Forbidden',
  status: 403,
  detail: 'Only HR can see these numbers. Ask HR if you need them.',
};
export const teamForbiddenExample: Problem = {
  type: 'about:blank',
  title: 'Forbidden',
  status: 403,
  detail: 'You can only see the budgets of the people you manage.',
};
const refusalReason: RefusalReason = { code: 'exhausted', potId: 'sanne-otib' };
const serverPlan: ServerPlan = { lines: [sectorLine, { ...accountLine, amount: 24500 }], ownContribution: 30000 };
const reservedEntry: LedgerEntry = {
  id: '412',
  kind: 'reserved',
  amount: 75000,
  requestId: 'req-7f3c2a',
  at: '2026-11-23T10:45:00Z',
  balance: { total: 150000, spent: 30000, reserved: 75000, available: 45000 },
};
const grantedEntry: LedgerEntry = {
  id: '17',
  kind: 'granted',
  amount: 150000,
  requestId: null,
  at: '2026-05-16T00:00:00Z',
  balance: { total: 150000, spent: 30000, reserved: 0, available: 120000 },
};
export const potHistoryExample: PotHistory = {
  potId: 'sanne-otib',
  items: [reservedEntry, grantedEntry],
  nextCursor: '17',
};
export const refusalExample: Problem = {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail: 'Your budget changed since you looked. Check the new plan and send the request again.',
  reasons: [{ code: 'plan-changed' }, refusalReason],
  plan: serverPlan,
};
export const offeringFullExample: Problem = {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail: 'This run of the course is full. Choose another start date.',
  reasons: [{ code: 'offering-full' }],
};
export const notOpenExample: Problem = {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail: 'This request is no longer open, so it cannot be changed. Reload to see where it is.',
  reasons: [{ code: 'not-open' }],
};
export const alreadyDecidedExample: Problem = {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail: 'This request has already been decided. Reload your list to see the decision.',
  reasons: [{ code: 'not-submitted' }],
};
export const declineWithoutNoteExample: Problem = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'Invalid query parameter: note.',
  invalidParams: [{ name: 'note', reason: 'Say why you decline, so the employee knows what to do next.' }],
};
export const requestNotFoundExample: Problem = {
  type: 'about:blank',
  title: 'Not Found',
  status: 404,
  detail: 'There is no request with id "req-onbekend".',
};
export const reusedKeyExample: Problem = {
  type: 'about:blank',
  title: 'Unprocessable Content',
  status: 422,
  detail: 'This Idempotency-Key was already used for another request. Make a new key for a new request.',
};
export const staleEtagExample: Problem = {
  type: 'about:blank',
  title: 'Precondition Failed',
  status: 412,
  detail: 'This request changed since you opened it. Reload it and decide again.',
};
export const missingIfMatchExample: Problem = {
  type: 'about:blank',
  title: 'Precondition Required',
  status: 428,
  detail: "Send the request's ETag as If-Match, so two decisions can never both count.",
};
export const invalidBodyExample: Problem = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'Invalid query parameter: Idempotency-Key.',
  invalidParams: [
    {
      name: 'Idempotency-Key',
      reason: 'Send a new random key (a UUID) of 8 to 200 characters with every new request.',
    },
  ],
};

const money: Money = { amount: 45000, currency: 'EUR' };
const teamPot: BudgetPot = {
  id: 'lisa-team',
  name: 'Teambudget Klantenservice',
  kind: 'team',
  funder: { name: 'Afdeling Klantenservice' },
  unit: 'money',
  currency: 'EUR',
  total: 1200000,
  spent: 435000,
  reserved: 120000,
  available: 645000,
  validFrom: '2026-06-05',
  expiresAt: '2027-06-05',
  carryOver: false,
  priority: 2,
  rules: {
    coveragePercent: 100,
    requiresCertifiedProvider: false,
    requiresApproval: true,
    approver: 'HR',
    eligibleCourses: ['lead-feedback-geven', 'taal-zakelijk-schrijven'],
  },
};
const expiryNotice: ExpiryNotice = { date: '2026-12-23', unit: 'money', amount: 40000 };
const teamMember: TeamMember = {
  id: 'mehmet',
  displayName: 'Mehmet Yılmaz',
  availableMoney: 40000,
  currency: 'EUR',
  availableHours: 0,
  nextExpiry: expiryNotice,
  openRequests: 1,
  routeProgress: { stepsDone: 2, stepsTotal: 5 },
};
const teamBudgetExample: TeamBudget = {
  managerId: 'lisa',
  asOf: '2026-12-02T09:30:00Z',
  members: [
    teamMember,
    {
      id: 'anna',
      displayName: 'Anna Jansen',
      availableMoney: 75000,
      currency: 'EUR',
      availableHours: 0,
      nextExpiry: null,
      openRequests: 0,
    },
  ],
  teamPots: [teamPot],
};
const months = (first: string, amounts: number[]): MonthAmount[] => {
  const [year, month] = first.split('-').map(Number) as [number, number];
  return amounts.map((amount, index) => {
    const date = new Date(Date.UTC(year, month - 1 + index, 1));
    return { month: date.toISOString().slice(0, 7), amount };
  });
};
const insightGroup: InsightGroup = {
  key: 'Zorg',
  people: 312,
  granted: 31200000,
  spent: 9800000,
  reserved: 1400000,
  available: 20000000,
  expired: 0,
  utilisation: 0.3141,
  expiring: { days30: 1200000, days90: 8000000, days365: 20000000 },
  spentByMonth: months(
    '2026-01',
    [600000, 700000, 900000, 800000, 750000, 1000000, 500000, 650000, 900000, 1100000, 1000000, 900000],
  ),
  expiringByMonth: months('2026-12', [1200000, 3000000, 3800000, 0, 0, 2000000, 0, 0, 0, 0, 0, 10000000]),
  requests: { submitted: 14, approved: 22, completed: 130, declined: 9, cancelled: 4, expired: 2 },
  declineReasons: [
    { code: 'bad-timing', count: 5 },
    { code: 'not-job-related', count: 3 },
    { code: 'other', count: 1 },
  ],
};
export const insightsExample: Insights = {
  asOf: '2026-12-02T09:30:00Z',
  groupBy: 'department',
  from: '2026-01-01',
  to: '2026-12-02',
  currency: 'EUR',
  minGroupSize: 5,
  groups: [
    insightGroup,
    {
      ...insightGroup,
      key: 'overig',
      people: 7,
      granted: 700000,
      spent: 100000,
      reserved: 0,
      available: 600000,
      expired: 0,
      utilisation: 0.1429,
      expiring: { days30: 0, days90: 100000, days365: 600000 },
      spentByMonth: months('2026-01', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100000, 0]),
      expiringByMonth: months('2026-12', [0, 0, 100000, 0, 0, 0, 0, 0, 0, 0, 0, 500000]),
      requests: { submitted: 0, approved: 0, completed: 1, declined: 0, cancelled: 0, expired: 0 },
      declineReasons: [],
    },
  ],
};

/** The example of each named component, by component name. */
const fundingScheme: FundingScheme = {
  id: 'otib-scholing',
  name: 'OTIB-fonds',
  kind: 'sector-fund',
  funder: { name: 'OTIB' },
  url: 'https://otib.example/scholingsbudget',
  currency: 'EUR',
  coveragePercent: 50,
  maxPerCourse: 75000,
  eligibleFundingTags: ['sector:otib'],
  requiresRecognisedCredential: true,
  validFrom: '2026-01-01',
  validUntil: '2027-12-31',
};
export const fundingSchemeListExample: FundingSchemeList = {
  generatedAt: '2026-11-23T10:42:00Z',
  items: [fundingScheme],
};

export const COMPONENT_EXAMPLES: Record<string, unknown> = {
  HttpsUrl: 'https://installatiewerk-academie.example/warmtepompen',
  Money: money,
  Discovery: discoveryExample,
  Provider: provider,
  Skill: skill,
  Credential: credential,
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
  FundingScheme: fundingScheme,
  FundingSchemeList: fundingSchemeListExample,
  LearningStep: step,
  LearningPath: path,
  LearningPathList: learningPathListExample,
  CreateRequestBody: createRequestBodyExample,
  RequestLine: sectorLine,
  RequestApprover: manager,
  RequestEvent: approved,
  CourseRequest: submittedRequestExample,
  CourseRequestList: requestListExample,
  DecisionBody: approveDecision,
  RefusalReason: refusalReason,
  ServerPlan: serverPlan,
  LedgerEntry: reservedEntry,
  PotHistory: potHistoryExample,
  Problem: notFoundExample,
  DemoUser: demoUser,
  DemoUserList: demoUserList,
  ExpiryNotice: expiryNotice,
  TeamMember: teamMember,
  TeamBudget: teamBudgetExample,
  MonthAmount: months('2026-11', [100000])[0],
  InsightGroup: insightGroup,
  Insights: insightsExample,
};
