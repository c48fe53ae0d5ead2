import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BudgetPot, Course, DemoUser, FundingScheme, LearningPath, Me } from '@leerbudget/contract';
import { carryOverOf, planFunding, proRataTotal } from '@leerbudget/funding';
import { isoDateAfter } from '../calendar.js';
import { demoCourses } from './courses.js';
import { DEMO_CREDENTIALS } from './credentials.js';
import { demoFundingSchemes } from './funding-schemes.js';
import { KLANTENSERVICE_COURSES, demoEmployees, demoUsers } from './employees.js';
import { DEMO_PROVIDERS, DEMO_SECTORS } from './providers.js';

const today = new Date('2026-05-11T09:30:00Z');
const courses = demoCourses(today);
const employees = demoEmployees(today);
const byId = (id: string) => employees.find((employee) => employee.me.id === id)!;

test('at least 60 demo courses, each a valid Course, in Dutch and English', () => {
  assert.ok(courses.length >= 60);
  for (const course of courses) Course.parse(course);
  assert.equal(new Set(courses.map((course) => course.id)).size, courses.length);
  assert.deepEqual(
    new Set(courses.flatMap((course) => course.languages).filter((l) => l === 'nl' || l === 'en')),
    new Set(['nl', 'en']),
  );
});

test('demo courses cover every sector with providers, formats, levels, certifications and funding tags', () => {
  const sectorOf = new Map<string, string>(
    Object.values(DEMO_PROVIDERS).map((provider) => [provider.id, provider.sector]),
  );
  const sectors = new Set(courses.map((course) => sectorOf.get(course.provider.id)));
  for (const sector of DEMO_SECTORS) assert.ok(sectors.has(sector), sector);
  assert.equal(new Set(courses.map((course) => course.format)).size, 5);
  assert.equal(new Set(courses.map((course) => course.level)).size, 3);
  assert.ok(courses.some((course) => course.provider.certifications.length === 0));
  assert.ok(courses.some((course) => course.fundingTags.includes('stap-eligible')));
  assert.ok(courses.some((course) => course.topics.includes('elektrisch rijden')));
});

test('demo offering dates move with today; everything else stays the same', () => {
  const later = demoCourses(new Date('2026-08-01T00:00:00Z'));
  const first = courses.find((course) => course.id === 'ev-veilig-werken')!;
  assert.equal(first.offerings[0]!.start, isoDateAfter(today, 14));
  assert.notEqual(
    later.find((course) => course.id === 'ev-veilig-werken')!.offerings[0]!.start,
    first.offerings[0]!.start,
  );
  assert.deepEqual(
    later.map((course) => course.title),
    courses.map((course) => course.title),
  );
});

test('demo users: at least 6 with tokens, and every employee data parses', () => {
  assert.ok(demoUsers.length >= 6);
  for (const user of demoUsers) DemoUser.parse(user);
  assert.deepEqual(
    demoUsers.map((user) => user.id),
    employees.map((employee) => employee.me.id),
  );
  for (const employee of employees) {
    Me.parse(employee.me);
    for (const pot of employee.pots) BudgetPot.parse(pot);
    for (const path of employee.learningPaths) LearningPath.parse(path);
  }
});

test('the scenarios: one pot only, four kinds of pots, expiring soon, hours, none, a manager', () => {
  assert.equal(byId('anna').pots.length, 1);
  const sanneKinds = new Set(byId('sanne').pots.map((pot) => pot.kind));
  for (const kind of ['personal', 'sector-fund', 'government', 'learning-account'])
    assert.ok(sanneKinds.has(kind as never), kind);
  const sanneMoney = byId('sanne').pots.filter((pot) => pot.unit === 'money');
  assert.ok(new Set(sanneMoney.map((pot) => JSON.stringify(pot.rules))).size >= 2, 'pots with different rules');
  assert.equal(new Set(sanneMoney.map((pot) => pot.priority)).size, sanneMoney.length, 'distinct priorities');
  const inThirtyDays = isoDateAfter(today, 30);
  assert.ok(
    employees.some((e) =>
      e.pots.some(
        (pot) => pot.expiresAt !== null && pot.expiresAt >= isoDateAfter(today, 0) && pot.expiresAt <= inThirtyDays,
      ),
    ),
  );
  assert.ok(employees.some((e) => e.pots.some((pot) => pot.unit === 'hours' && pot.kind === 'time')));
  assert.equal(byId('pieter').pots.length, 0);
  assert.ok(byId('lisa').me.manages.length > 0);
});

test("Lisa's team pot pays only for the department's own course list (in-catalogue)", () => {
  const teamPot = byId('lisa').pots.find((pot) => pot.kind === 'team')!;
  assert.deepEqual(teamPot.rules.eligibleCourses, KLANTENSERVICE_COURSES);
  for (const id of KLANTENSERVICE_COURSES)
    assert.ok(
      courses.some((course) => course.id === id),
      id,
    );
  const day = isoDateAfter(today, 0);
  const paidBy = (id: string) =>
    planFunding(
      courses.find((course) => course.id === id)!,
      null,
      [teamPot],
      { today: day },
    );
  assert.deepEqual(
    paidBy('lead-feedback-geven').lines.map((line) => line.potId),
    [teamPot.id],
  );
  assert.deepEqual(
    paidBy('ict-python-basis').declined.map((pot) => pot.reason),
    ['not-in-catalogue'],
  );
});

test('learning path steps refer to real courses and offerings and mix step kinds', () => {
  for (const path of employees.flatMap((employee) => employee.learningPaths)) {
    for (const step of path.steps.filter((s) => s.kind === 'course')) {
      const course = courses.find((c) => c.id === step.courseId);
      assert.ok(course, `${path.id}: course ${step.courseId}`);
      const offering = course.offerings.find((o) => o.id === step.offeringId);
      assert.ok(offering, `${path.id}: offering ${step.offeringId}`);
      assert.equal(step.plannedStart, offering.start);
    }
  }
  const route = byId('mehmet').learningPaths.find((path) => path.title === 'Van benzine naar elektrisch')!;
  for (const kind of ['course', 'workplace', 'coaching', 'assessment'])
    assert.ok(
      route.steps.some((s) => s.kind === kind),
      kind,
    );
});

test("Mehmet's route has a priced workplace step that his personal pot can still pay on its last day", () => {
  const mehmet = byId('mehmet');
  const personal = mehmet.pots.find((pot) => pot.kind === 'personal')!;
  const priced = mehmet.learningPaths[0]!.steps.filter((step) => step.price && !step.courseId);
  assert.deepEqual(
    priced.map((step) => [step.kind, step.plannedStart]),
    [['workplace', personal.expiresAt]],
  );
});

test("Mehmet's route outlives his personal pot and uses up his sector fund midway", () => {
  const mehmet = byId('mehmet');
  const route = mehmet.learningPaths[0]!;
  const personal = mehmet.pots.find((pot) => pot.kind === 'personal')!;
  const fund = mehmet.pots.find((pot) => pot.kind === 'sector-fund')!;
  const courseSteps = route.steps.filter((step) => step.kind === 'course');
  assert.ok(
    courseSteps.some((step) => step.plannedStart! > personal.expiresAt!),
    'a later step starts after the pot expires',
  );
  const prices = courseSteps.map((step) => courses.find((c) => c.id === step.courseId)!.price.amount);
  const [first = 0, second = 0] = prices;
  assert.ok(first < fund.available && first + second > fund.available, 'the fund runs out at the second course');
});

test('requests: every employee has a manager, Lisa approves for her team, HR approves one pot, some runs full or closed', () => {
  const ids = new Set(employees.map((employee) => employee.me.id));
  for (const employee of employees)
    assert.ok(employee.managerId && ids.has(employee.managerId), `${employee.me.id} has a manager`);
  assert.ok(employees.filter((employee) => employee.managerId === 'lisa').length >= 5);
  assert.ok(employees.some((employee) => employee.hr === true));
  assert.ok(
    employees.some((e) => e.pots.some((pot) => pot.rules.requiresApproval && /\bhr\b/i.test(pot.rules.approver ?? ''))),
  );
  const offerings = courses.flatMap((course) => course.offerings);
  assert.ok(
    offerings.some((offering) => offering.seatsLeft === 0),
    'a full run',
  );
  const day = isoDateAfter(today, 0);
  assert.ok(
    offerings.some((o) => o.enrolmentDeadline && o.enrolmentDeadline < day && o.start && o.start >= day),
    'a run past its deadline',
  );
});

test('budget rules: a part-timer with a pro-rata pot, a pot that carries over, a pot that starts later', () => {
  const fatimaPersonal = byId('fatima').pots.find((pot) => pot.rules.proRata)!;
  assert.deepEqual(fatimaPersonal.rules.proRata, { fullTimeHours: 36, contractHours: 24, fullTimeTotal: 75_000 });
  assert.equal(fatimaPersonal.total, proRataTotal(fatimaPersonal.rules.proRata!, 'money'), 'the total is her share');
  const carried = carryOverOf(byId('lisa').pots.find((pot) => pot.id === 'lisa-personal')!);
  assert.deepEqual(carried, { amount: 50_000, until: isoDateAfter(today, 550) });
  const later = byId('hanna').pots.find((pot) => pot.validFrom !== null && pot.validFrom > isoDateAfter(today, 0));
  assert.ok(later, 'a pot that is not active yet');
});

test('credentials name only demo courses; recognised and unrecognised ones, of every kind', () => {
  const ids = new Set(courses.map((course) => course.id));
  for (const id of Object.keys(DEMO_CREDENTIALS)) assert.ok(ids.has(id), id);
  const credentials = courses.flatMap((course) => (course.credential ? [course.credential] : []));
  assert.equal(credentials.length, Object.keys(DEMO_CREDENTIALS).length);
  assert.deepEqual(
    new Set(credentials.map((credential) => credential.kind)),
    new Set(['certificate', 'diploma', 'badge']),
  );
  assert.ok(credentials.some((credential) => credential.recognised && credential.register === 'crebo'));
  assert.ok(credentials.some((credential) => !credential.recognised));
  assert.ok(courses.some((course) => course.credential === undefined));
});

test('at least three demo funding schemes, valid, clearly demo, each paying for some demo course', () => {
  const schemes = demoFundingSchemes(today);
  assert.ok(schemes.length >= 3);
  for (const scheme of schemes) {
    assert.deepEqual(FundingScheme.parse(scheme), scheme);
    assert.match(scheme.funder.name, /\(demo\)$/);
    assert.match(scheme.url ?? '', /^https:\/\/[^/]+\.example\//);
    assert.ok(courses.some((course) => course.fundingTags.some((tag) => scheme.eligibleFundingTags.includes(tag))));
  }
  assert.ok(schemes.some((scheme) => scheme.requiresRecognisedCredential));
});
