import assert from 'node:assert/strict';
import { test } from 'node:test';
import { course, pot, START, timePot } from './funding.fixtures.js';
import { planFunding, planHours } from './plan-funding.js';
import { studyHours } from './study-hours.js';

test('studyHours: the study load in hours, credits at 28 hours, else the duration', () => {
  assert.equal(studyHours({ durationHours: 16 }), 16);
  assert.equal(studyHours({ durationHours: 16, studyLoad: { value: 20, unit: 'hours' } }), 20);
  assert.equal(studyHours({ durationHours: 16, studyLoad: { value: 3, unit: 'ec' } }), 84);
  assert.equal(studyHours({ durationHours: 16, studyLoad: { value: 2.5, unit: 'ects' } }), 70);
  assert.equal(studyHours({ durationHours: 16, studyLoad: { value: 3, unit: 'other' } }), 16);
});

test('planFunding: time pots plan the study load, not the contact hours', () => {
  const plan = planFunding(course({ studyLoad: { value: 1, unit: 'ec' } }), START, [
    timePot('t', { total: 40, available: 40 }),
  ]);
  assert.equal(plan.hours.needed, 28);
  assert.deepEqual(
    plan.hours.lines.map((line) => [line.potId, line.amount]),
    [['t', 28]],
  );
  assert.equal(plan.hours.uncovered, 0);
});

test('planHours: only the time pots, by the same rules as planFunding', () => {
  const pots = [
    pot('money'),
    timePot('t1', { available: 10 }),
    timePot('late', { priority: 2, validFrom: '2026-10-01' }),
  ];
  const hours = planHours(course(), START, pots);
  assert.equal(hours.needed, 16);
  assert.deepEqual(
    hours.lines.map((line) => [line.potId, line.amount]),
    [['t1', 10]],
  );
  assert.equal(hours.uncovered, 6);
  assert.deepEqual(
    hours.declined.map((declined) => [declined.potId, declined.reason]),
    [['late', 'not-yet-valid']],
  );
  const full = planFunding(course(), START, pots);
  assert.deepEqual(hours.lines, full.hours.lines);
});
