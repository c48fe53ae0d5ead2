import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FundingReason } from './funding-types.js';
import { reasonMessage, type ReasonContext } from './reason-messages.js';

const ALL_REASONS: FundingReason[] = [
  'expired',
  'not-yet-valid',
  'other-currency',
  'provider-not-eligible',
  'provider-not-certified',
  'topic-not-covered',
  'funding-tag-missing',
  'course-too-short',
  'no-share',
  'exhausted',
  'nothing-left-to-pay',
];

test('reasonMessage: every reason has a Dutch and an English sentence, with and without details', () => {
  const details: ReasonContext = {
    date: '2026-12-31',
    courseStart: '2027-01-10',
    minCourseHours: 8,
    courseHours: 4,
    potCurrency: 'USD',
    priceCurrency: 'EUR',
  };
  for (const reason of ALL_REASONS) {
    for (const context of [{}, details]) {
      const nl = reasonMessage(reason, 'nl', context);
      const en = reasonMessage(reason, 'en', context);
      assert.match(nl, /^[A-Z].*\.$/, `${reason} nl`);
      assert.match(en, /^[A-Z].*\.$/, `${reason} en`);
      assert.notEqual(nl, en, reason);
    }
  }
});

const cases: Array<[FundingReason, 'nl' | 'en', ReasonContext, string]> = [
  [
    'expired',
    'nl',
    { date: '2026-12-31', courseStart: '2027-01-10' },
    'Je kunt dit budget gebruiken tot en met 31 december 2026. De cursus begint later.',
  ],
  ['expired', 'en', { date: '2026-12-31' }, 'This budget expired on 31 December 2026.'],
  ['expired', 'nl', { date: 'not a date' }, 'Dit budget is verlopen op not a date.'],
  [
    'course-too-short',
    'en',
    { minCourseHours: 1, courseHours: 0.5 },
    'This budget only pays for courses of at least 1 hour. This course takes 0.5 hours.',
  ],
  [
    'course-too-short',
    'nl',
    { minCourseHours: 1.5, courseHours: 1 },
    'Dit budget betaalt alleen cursussen van minstens 1,5 uur. Deze cursus duurt 1 uur.',
  ],
  ['no-share', 'nl', { unit: 'hours' }, 'Dit budget geeft geen uren voor deze cursus.'],
  ['exhausted', 'en', {}, 'There is nothing left in this budget.'],
];

for (const [reason, locale, context, expected] of cases) {
  test(`reasonMessage: ${reason} (${locale}) reads "${expected}"`, () => {
    assert.equal(reasonMessage(reason, locale, context), expected);
  });
}
