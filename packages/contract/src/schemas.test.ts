import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Budget,
  BudgetPot,
  CatalogueSnapshot,
  Course,
  CourseSummary,
  HttpsUrl,
  LearningPath,
  Money,
  Problem,
} from './index.js';

const course = {
  id: 'c1',
  title: 'Excel voor beginners',
  summary: 'Leer werken met tabellen.',
  description: 'Lange tekst.',
  provider: { id: 'p1', name: 'Opleider BV', certifications: ['nrto'] },
  topics: ['ict'],
  level: 'beginner',
  languages: ['nl'],
  format: 'online',
  durationHours: 12,
  price: { amount: 49500, currency: 'EUR', vatIncluded: true },
  fundingTags: ['stap-eligible'],
  offerings: [{ id: 'o1', start: '2026-12-01', end: '2026-12-20', location: null }],
  url: 'https://opleider.example/excel',
  updatedAt: '2026-11-01T09:00:00Z',
};

const pot = {
  id: 'pot1',
  name: 'Persoonlijk budget',
  kind: 'personal',
  funder: { name: 'Werkgever' },
  unit: 'money',
  currency: 'EUR',
  total: 100000,
  spent: 20000,
  reserved: 0,
  available: 80000,
  validFrom: '2026-01-01',
  expiresAt: '2026-12-31',
  priority: 1,
};

test('a valid course parses, with defaults for omitted lists', () => {
  const parsed = Course.parse({ ...course, fundingTags: undefined });
  assert.deepEqual(parsed.fundingTags, []);
  assert.deepEqual(parsed.skills, []);
});

test('unknown fields are tolerated and dropped', () => {
  const parsed = CourseSummary.parse({ ...course, newField: 1 }) as Record<string, unknown>;
  assert.equal('newField' in parsed, false);
});

test('unknown enum values parse to "other"', () => {
  const parsed = Course.parse({
    ...course,
    format: 'hologram',
    level: 'guru',
    provider: { ...course.provider, certifications: ['iso'] },
  });
  assert.equal(parsed.format, 'other');
  assert.equal(parsed.level, 'other');
  assert.deepEqual(parsed.provider.certifications, ['other']);
  assert.equal(BudgetPot.parse({ ...pot, kind: 'lottery' }).kind, 'other');
});

test('only absolute https links are accepted', () => {
  for (const bad of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<b>x</b>',
    '//evil.example',
    'http://opleider.example',
    'ftp://x.example',
  ]) {
    assert.equal(HttpsUrl.safeParse(bad).success, false, bad);
    assert.equal(Course.safeParse({ ...course, url: bad }).success, false, bad);
  }
  assert.equal(HttpsUrl.safeParse('https://opleider.example/a?b=c').success, true);
});

test('money is integer minor units with an ISO 4217 code', () => {
  assert.equal(Money.safeParse({ amount: 12.5, currency: 'EUR' }).success, false);
  assert.equal(Money.safeParse({ amount: -1, currency: 'EUR' }).success, false);
  assert.equal(Money.safeParse({ amount: 100, currency: 'euro' }).success, false);
  assert.equal(Money.safeParse({ amount: 100, currency: 'EUR' }).success, true);
});

test('a money pot needs a currency; a time pot does not', () => {
  const { currency: _currency, ...withoutCurrency } = pot;
  const result = BudgetPot.safeParse(withoutCurrency);
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues[0]?.path, ['currency']);
  assert.equal(BudgetPot.safeParse({ ...withoutCurrency, unit: 'hours', kind: 'time' }).success, true);
});

test('a missing required field is reported with its path', () => {
  const { available: _available, ...broken } = pot;
  const result = Budget.safeParse({ userId: 'u1', asOf: '2026-11-23T10:00:00Z', pots: [broken] });
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues[0]?.path, ['pots', 0, 'available']);
});

test('pot rules default to full coverage without restrictions', () => {
  const parsed = BudgetPot.parse(pot);
  assert.equal(parsed.rules.coveragePercent, 100);
  assert.equal(parsed.rules.requiresCertifiedProvider, false);
  assert.equal(parsed.rules.requiresApproval, false);
});

test('__proto__ and constructor keys in JSON do not reach Object.prototype', () => {
  const hostile = JSON.parse(
    `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(course).slice(1)}`,
  );
  const parsed = Course.parse(hostile) as Record<string, unknown>;
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
  assert.equal(parsed.polluted, undefined);
});

test('catalogue snapshots and deltas parse', () => {
  const delta = CatalogueSnapshot.parse({
    kind: 'delta',
    generatedAt: '2026-11-23T10:00:00Z',
    version: '42',
    courses: [course],
    deleted: ['c9'],
  });
  assert.deepEqual(delta.deleted, ['c9']);
  assert.equal(
    CatalogueSnapshot.safeParse({ kind: 'full', generatedAt: '2026-11-23T10:00:00Z', version: '1', courses: [] })
      .success,
    false,
  );
});

test('learning paths accept every step kind and map new kinds to "other"', () => {
  const path = LearningPath.parse({
    id: 'lp1',
    title: 'Van benzine naar elektrisch',
    goal: "Veilig werken aan elektrische auto's",
    owner: 'manager',
    steps: [
      { id: 's1', kind: 'course', title: 'VEN 3682', courseId: 'c1', status: 'done', estimatedHours: 16 },
      { id: 's2', kind: 'workplace', title: 'Meelopen', status: 'in-progress', estimatedHours: 8 },
      { id: 's3', kind: 'vr-lab', title: 'Oefenen in VR', status: 'todo', estimatedHours: 2 },
    ],
    progress: { stepsDone: 1, stepsTotal: 3, hoursDone: 16, hoursTotal: 26 },
  });
  assert.deepEqual(
    path.steps.map((step) => step.kind),
    ['course', 'workplace', 'other'],
  );
});

test('problem details follow RFC 9457', () => {
  const parsed = Problem.parse({
    title: 'Bad Request',
    status: 400,
    invalidParams: [{ name: 'limit', reason: 'too large' }],
  });
  assert.equal(parsed.type, 'about:blank');
});
