import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FundingScheme } from '@leerbudget/contract';
import { course, pot, START } from './funding.fixtures.js';
import { planFunding } from './plan-funding.js';
import { bestSchemePlan, schemeAsPot } from './scheme-plan.js';

function scheme(id: string, overrides: Partial<FundingScheme> = {}): FundingScheme {
  return FundingScheme.parse({
    id,
    name: `Fonds ${id}`,
    kind: 'sector-fund',
    funder: { name: id.toUpperCase() },
    currency: 'EUR',
    coveragePercent: 50,
    maxPerCourse: 40_000,
    eligibleFundingTags: [],
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    ...overrides,
  });
}

const recognised = { kind: 'certificate', issuer: { name: 'Acme' }, recognised: true } as const;

test('a scheme as a pot pays its coverage up to its cap: 50 % of € 1.000 is € 500, capped at € 400', () => {
  const plan = planFunding(course(), START, [schemeAsPot(scheme('otib'))]);
  assert.deepEqual(
    plan.lines.map((line) => [line.potId, line.amount]),
    [['otib', 40_000]],
  );
  assert.equal(plan.ownContribution, 60_000);
});

test('a scheme without a cap pays its whole share, whatever the price', () => {
  const expensive = course({ price: { amount: 9_000_000_00, currency: 'EUR', vatIncluded: false } });
  const plan = planFunding(expensive, START, [
    schemeAsPot(scheme('stap', { maxPerCourse: null, coveragePercent: 100 })),
  ]);
  assert.equal(plan.ownContribution, 0);
});

test('a scheme pays only for courses with one of its tags', () => {
  const otib = schemeAsPot(scheme('otib', { eligibleFundingTags: ['sector:otib'] }));
  assert.equal(planFunding(course(), START, [otib]).declined[0]?.reason, 'funding-tag-missing');
  assert.equal(planFunding(course({ fundingTags: ['sector:otib'] }), START, [otib]).lines.length, 1);
});

test('a certified-only scheme needs a recognised credential', () => {
  const certifiedOnly = schemeAsPot(scheme('slim', { requiresRecognisedCredential: true }));
  for (const credential of [undefined, { ...recognised, recognised: false }]) {
    const plan = planFunding(course({ credential }), START, [certifiedOnly]);
    assert.equal(plan.declined[0]?.reason, 'credential-not-recognised', JSON.stringify(credential));
  }
  assert.equal(planFunding(course({ credential: recognised }), START, [certifiedOnly]).lines[0]?.amount, 40_000);
});

test('a scheme that closes before the course starts pays nothing', () => {
  const closed = schemeAsPot(scheme('old', { validUntil: '2026-08-31' }));
  assert.equal(planFunding(course(), START, [closed]).declined[0]?.reason, 'expired');
});

test('the personal-pot rule for certified providers is not applied to schemes', () => {
  const uncertified = course({ provider: { certifications: [] } });
  assert.equal(planFunding(uncertified, START, [schemeAsPot(scheme('otib'))]).lines.length, 1);
});

test('the best scheme is the one that leaves the least to pay, planned alone', () => {
  const schemes = [
    scheme('small', { coveragePercent: 20, maxPerCourse: null }),
    scheme('big', { coveragePercent: 80, maxPerCourse: 70_000 }),
    scheme('tagged', { coveragePercent: 100, maxPerCourse: null, eligibleFundingTags: ['sector:zorg'] }),
  ];
  const best = bestSchemePlan(course(), START, schemes);
  assert.equal(best?.scheme.id, 'big');
  assert.equal(best?.plan.ownContribution, 30_000);
  assert.equal(best?.plan.lines.length, 1, 'schemes are not stacked');
});

test('on a tie the earlier scheme wins; when none pays there is no plan', () => {
  assert.equal(bestSchemePlan(course(), START, [scheme('a'), scheme('b')])?.scheme.id, 'a');
  assert.equal(bestSchemePlan(course(), START, [scheme('z', { eligibleFundingTags: ['x'] })]), undefined);
  assert.equal(bestSchemePlan(course(), START, []), undefined);
});

test('a scheme pot sits beside employee pots like any other pot', () => {
  const plan = planFunding(course(), START, [
    pot('personal', { priority: 1, available: 10_000 }),
    schemeAsPot(scheme('otib')),
  ]);
  assert.deepEqual(
    plan.lines.map((line) => [line.potId, line.amount]),
    [
      ['otib', 40_000],
      ['personal', 10_000],
    ],
  );
});
