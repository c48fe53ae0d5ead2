import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planFunding } from '../funding/index.js';
import { TODAY, generateTestCatalogue, testPots } from './catalogue.fixtures.js';
import { CatalogueIndex } from './catalogue-index.js';

const courses = generateTestCatalogue(300, 42);
const index = CatalogueIndex.build(courses);
const pots = testPots();

for (const maxOwnContribution of [0, 25_000, undefined]) {
  test(`fitsBudget (max ${maxOwnContribution ?? 'default 0'}) keeps exactly the courses planFunding says fit, each with its plan`, () => {
    const result = index.search({
      today: TODAY,
      budget: { pots, fitsBudget: true, maxOwnContribution },
      limit: courses.length,
    });
    const fits = courses.filter(
      (course) =>
        planFunding(course, nextOfferingOf(course), pots, { today: TODAY }).ownContribution <=
        (maxOwnContribution ?? 0),
    );
    assert.ok(fits.length > 0 && fits.length < courses.length, 'the fixture has courses on both sides');
    assert.deepEqual(
      result.items.map((item) => item.course.id),
      fits.map((course) => course.id),
    );
    for (const item of result.items) {
      assert.deepEqual(item.plan, planFunding(item.course, item.nextOffering, pots, { today: TODAY }));
    }
  });
}

test('without fitsBudget every result still carries its plan, and own-contribution sorts by it', () => {
  const result = index.search({ today: TODAY, budget: { pots }, sort: 'own-contribution', limit: 50 });
  assert.equal(result.total, courses.length);
  const contributions = result.items.map((item) => item.plan!.ownContribution);
  assert.deepEqual(
    contributions,
    [...contributions].sort((a, b) => a - b),
  );
});

test('paidBy keeps exactly the courses that pot pays part of, for their next run', () => {
  const potId = pots[0]!.id;
  const result = index.search({ today: TODAY, budget: { pots, paidBy: potId }, limit: courses.length });
  const paid = courses.filter((course) => {
    const plan = planFunding(course, nextOfferingOf(course), pots, { today: TODAY });
    return [...plan.lines, ...plan.hours.lines].some((line) => line.potId === potId);
  });
  assert.ok(paid.length > 0 && paid.length < courses.length, 'the fixture has courses on both sides');
  assert.deepEqual(
    result.items.map((item) => item.course.id),
    paid.map((course) => course.id),
  );
});

test('no budget, no plans', () => {
  assert.ok(index.search({ today: TODAY }).items.every((item) => item.plan === undefined));
});

/** The first upcoming dated offering, else a self-paced one, as documented for `nextOffering`. */
function nextOfferingOf(course: (typeof courses)[number]) {
  const upcoming = course.offerings.filter((offering) => offering.start !== null && offering.start >= TODAY);
  upcoming.sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0));
  return upcoming[0] ?? course.offerings.find((offering) => offering.start === null) ?? null;
}
