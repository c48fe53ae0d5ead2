import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Course } from '@leerbudget/contract';
import { fromEduDex, fromOoapi, fromSchemaOrg } from './index.js';

// Where each fixture comes from: fixtures/SOURCES.md.
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
}
const now = new Date('2026-01-01T00:00:00Z');
const notInContract = 'the contract has no field for this';
const ooapiLink =
  'https://osiris.uu.nl/osiris_student_uuprd/OnderwijsCatalogusZoekCursus.do#submitForm?cursuscode=INFOMQNM';
const hciText =
  'As with all empirical sciences, to assure valid outcomes, HCI studies heavily rely on research methods and statistics. This holds for the design of user interfaces, personalized recommender systems, and interaction paradigms for the internet of things.';

describe('fromOoapi on the specification examples', () => {
  it('maps the v6 course and offering, choosing the Dutch title and counting 3 ECTS as 84 hours', () => {
    const { course, issues } = fromOoapi(
      fixture('ooapi-v6-course.json'),
      fixture('ooapi-v6-offerings.json') as unknown[],
      { idPrefix: 'ooapi:', now },
    );
    assert.deepEqual(course, {
      id: 'ooapi:123e4567-e89b-12d3-a456-426614174000',
      title: 'Academisch en professioneel schrijven',
      summary: hciText,
      description: hciText,
      provider: { id: '123e4567-e89b-12d3-a456-123514174000', name: 'Coöperatie SURF U.A.', certifications: [] },
      topics: [],
      skills: [],
      level: 'advanced',
      nlqf: 6,
      languages: ['nl', 'en'],
      format: 'blended',
      durationHours: 84,
      studyLoad: { value: 3, unit: 'ects' },
      price: { amount: 34084, currency: 'EUR', vatIncluded: true },
      fundingTags: ['stap-eligible'],
      offerings: [
        {
          id: '123e4567-e89b-12d3-a456-134564174000',
          start: '2019-08-21',
          end: '2019-10-23',
          location: { city: 'Utrecht' },
          seatsLeft: 50,
          enrolmentDeadline: '2019-08-01',
        },
      ],
      url: ooapiLink,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    assert.deepEqual(issues, [
      { field: 'abbreviation', reason: notInContract },
      { field: 'fieldsOfStudy', reason: notInContract },
      { field: 'resources', reason: notInContract },
      { field: 'assessment', reason: notInContract },
      { field: 'offerings[0].name', reason: notInContract },
      { field: 'offerings[0].pendingNumberStudents', reason: notInContract },
      { field: 'offerings[0].enrolmentPeriods[0].startDateTime', reason: notInContract },
      { field: 'offerings[0].enrolmentPeriods[0].enrolmentType', reason: notInContract },
      { field: 'offerings[0].enrolmentPeriods[0].enrolmentUrl', reason: notInContract },
      { field: 'offerings[0].addresses[0].addressType', reason: notInContract },
      { field: 'offerings[0].addresses[0].street', reason: notInContract },
      { field: 'offerings[0].addresses[0].streetNumber', reason: notInContract },
      { field: 'offerings[0].addresses[0].postCode', reason: notInContract },
      { field: 'offerings[0].addresses[0].countryCode', reason: notInContract },
      { field: 'duration', reason: '"P1DT10H30M" is a calendar length, not hours of study' },
      { field: 'organisation.organisationType', reason: notInContract },
      { field: 'organisation.shortName', reason: notInContract },
      { field: 'organisation.link', reason: notInContract },
    ]);
  });

  it('maps the v5 spelling (modeOfDelivery, teachingLanguage, "total costs", "STAP eligible") and a full run', () => {
    const { course, issues } = fromOoapi(
      fixture('ooapi-v5-course.json'),
      fixture('ooapi-v5-offerings.json') as unknown[],
      {
        now,
        provider: { id: 'uu', name: 'Universiteit Utrecht' },
      },
    );
    assert.equal(course?.format, 'classroom');
    assert.deepEqual(course?.languages, ['nl']);
    assert.equal(course?.nlqf, 4);
    assert.equal(course?.level, 'intermediate');
    assert.deepEqual(course?.studyLoad, { value: 84, unit: 'hours' });
    assert.deepEqual(course?.price, { amount: 34084, currency: 'EUR', vatIncluded: true });
    assert.deepEqual(course?.fundingTags, ['stap-eligible']);
    assert.deepEqual(course?.offerings, [
      {
        id: '123e4567-e89b-12d3-a456-134564174001',
        start: '2019-08-21',
        end: '2019-10-23',
        location: { city: 'Utrecht' },
        seatsLeft: 0,
        enrolmentDeadline: '2019-08-01',
      },
    ]);
    assert.deepEqual(issues, [
      { field: 'offerings[0].offeringType', reason: notInContract },
      { field: 'offerings[0].name', reason: notInContract },
      { field: 'offerings[0].addresses[0].addressType', reason: notInContract },
    ]);
  });

  it('refuses a course without a provider or link, naming both, instead of inventing them', () => {
    const { course, issues } = fromOoapi({ courseId: 'x', name: [{ language: 'nl', value: 'X' }] }, []);
    assert.equal(course, null);
    assert.deepEqual(
      issues.map((issue) => issue.field),
      ['studyLoad', 'modesOfDelivery', 'provider', 'url', 'price'],
    );
  });
});

describe('fromEduDex', () => {
  it('sums the required costs to the cent, leaves the optional one out and names it', () => {
    const { course, issues } = fromEduDex(fixture('edudex-program.json'), { idPrefix: 'edudex:', now });
    assert.deepEqual(course, {
      id: 'edudex:basisopleiding-verandermanagement',
      title: 'Basisopleiding Verandermanagement',
      summary: 'In vier maanden leer je veranderingen te begeleiden.',
      description: 'In vier maanden leer je veranderingen te begeleiden.\n\nJe werkt aan een eigen casus.',
      provider: { id: 'vu-professionals', name: 'VU for Professionals', certifications: [] },
      topics: [],
      skills: [],
      level: 'advanced',
      nlqf: 6,
      languages: ['nl'],
      format: 'blended',
      durationHours: 120,
      studyLoad: { value: 120, unit: 'hours' },
      price: { amount: 404550, currency: 'EUR', vatIncluded: true },
      fundingTags: ['stap-eligible'],
      credential: { kind: 'certificate', issuer: { name: 'VU for Professionals' }, recognised: false },
      offerings: [
        {
          id: '2026-najaar',
          start: '2026-10-05',
          end: '2027-01-25',
          location: { city: 'Amsterdam' },
          seatsLeft: 12,
          enrolmentDeadline: '2026-09-21',
        },
      ],
      url: 'https://vu.nl/nl/onderwijs/professionals/basisopleiding-verandermanagement',
      updatedAt: '2026-09-15T10:00:00.000Z',
    });
    assert.deepEqual(issues, [
      { field: 'editor', reason: notInContract },
      { field: 'format', reason: notInContract },
      { field: 'generator', reason: notInContract },
      { field: 'programAdmission', reason: notInContract },
      { field: 'programClassification.programForm', reason: notInContract },
      { field: 'programClassification.programType', reason: notInContract },
      { field: 'programSchedule.programRun[0].cost[0].amountIsFinal', reason: notInContract },
      { field: 'programSchedule.programRun[0].cost[1].amountIsFinal', reason: notInContract },
      {
        field: 'programSchedule.programRun[0].cost[2]',
        reason: 'optional cost "accommodation" is not part of the price',
      },
      { field: 'programClassification.programDuration', reason: 'a calendar length; the study load gives the hours' },
    ]);
  });

  it('chooses the English title when asked', () => {
    assert.equal(
      fromEduDex(fixture('edudex-program.json'), { language: 'en', now }).course?.title,
      'Change Management Foundation',
    );
  });
});

describe('fromSchemaOrg', () => {
  it('maps a Course with two CourseInstances; 1250.5 becomes 125050 cents exactly', () => {
    const { course, issues } = fromSchemaOrg(fixture('schema-org-course.json'), { now });
    assert.ok(course !== null && Course.safeParse(course).success);
    assert.equal(course.id, '6.0001');
    assert.equal(course.level, 'beginner');
    assert.equal(course.format, 'blended');
    assert.equal(course.durationHours, 40);
    assert.deepEqual(course.price, { amount: 125050, currency: 'EUR', vatIncluded: true });
    assert.deepEqual(course.fundingTags, ['stap-eligible']);
    assert.deepEqual(course.offerings, [
      { id: 'run-1', start: '2023-07-01', end: '2023-07-31', location: { city: 'Hilo' } },
      { id: 'run-2', start: null, end: null, location: null },
    ]);
    assert.deepEqual(issues, [
      { field: 'hasCourseInstance[0].courseSchedule', reason: notInContract },
      { field: 'hasCourseInstance[0].instructor', reason: notInContract },
      { field: 'hasCourseInstance[1].courseWorkload', reason: '"P2D" is not a duration in hours' },
      { field: 'provider.sameAs', reason: notInContract },
    ]);
  });

  it('finds the Course in an @graph and reports a document without one', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite' }, fixture('schema-org-course.json')],
    };
    assert.equal(fromSchemaOrg(graph, { now }).course?.id, '6.0001');
    assert.deepEqual(fromSchemaOrg({ '@type': 'WebSite' }), {
      course: null,
      issues: [{ field: '@type', reason: 'no schema.org Course in this JSON-LD' }],
    });
  });
});
