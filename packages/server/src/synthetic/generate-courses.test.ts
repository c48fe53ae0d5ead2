import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Course } from '@leerbudget/contract';
import { generateCourses } from './generate-courses.js';

test('generateCourses is deterministic for a count and seed', () => {
  assert.deepEqual(generateCourses(300, 7), generateCourses(300, 7));
  assert.notDeepEqual(generateCourses(50, 7), generateCourses(50, 8));
});

test('every generated course is a valid contract Course, with unique ids', () => {
  const courses = generateCourses(2_000, 42);
  for (const course of courses) Course.parse(course);
  assert.equal(new Set(courses.map((course) => course.id)).size, courses.length);
  const offeringIds = courses.flatMap((course) => course.offerings.map((offering) => offering.id));
  assert.equal(new Set(offeringIds).size, offeringIds.length);
});

test('the synthetic catalogue is varied: many providers, topics, cities, formats and both languages', () => {
  const courses = generateCourses(2_000, 42);
  const distinct = (values: string[]) => new Set(values).size;
  assert.ok(distinct(courses.map((course) => course.provider.id)) >= 50);
  assert.ok(distinct(courses.flatMap((course) => course.topics)) >= 35);
  assert.ok(
    distinct(courses.flatMap((course) => course.offerings.flatMap((o) => (o.location ? [o.location.city] : [])))) >= 10,
  );
  assert.equal(distinct(courses.map((course) => course.format)), 5);
  assert.deepEqual(new Set(courses.flatMap((course) => course.languages)), new Set(['nl', 'en']));
  const offeringCounts = new Set(courses.map((course) => course.offerings.length));
  assert.ok([1, 2, 3, 4].every((count) => offeringCounts.has(count)));
});
