import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Course } from '@leerbudget/contract';
import { fromEduDex, fromOoapi, fromSchemaOrg, toSchemaOrg } from './index.js';

const tagged = fc.array(
  fc.record({ language: fc.constantFrom('nl-NL', 'en-GB', 'nl', 'de'), value: fc.string({ minLength: 1 }) }),
  { minLength: 1, maxLength: 3 },
);
const decimal = fc
  .tuple(fc.nat({ max: 100_000 }), fc.nat({ max: 99 }))
  .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`);
const dateTime = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** An OOAPI v6 course as its schema allows it (required fields plus the optional ones we read). */
const ooapiCourse = fc.record(
  {
    courseId: fc.uuid(),
    primaryCode: fc.record({ codeType: fc.constant('identifier'), code: fc.string({ minLength: 1 }) }),
    name: tagged,
    description: fc.option(tagged, { nil: null }),
    studyLoad: fc.option(
      fc.array(
        fc.record({
          studyLoadUnit: fc.constantFrom('ects', 'hour', 'sbu', 'contact_time', 'sp', 'x-custom'),
          value: fc.double({ min: 0, max: 1000, noNaN: true }),
        }),
      ),
      { nil: null },
    ),
    modesOfDelivery: fc.option(
      fc.array(fc.constantFrom('online', 'presential', 'blended', 'hybrid', 'work_based', 'coil', 'x-other')),
      { nil: null },
    ),
    duration: fc.option(fc.constantFrom('P1DT10H30M', 'PT40H', 'P8W', 'nonsense'), { nil: null }),
    teachingLanguages: fc.option(fc.array(fc.constantFrom('nld', 'eng', 'nl', 'en-GB', '??')), { nil: null }),
    level: fc.option(
      fc.constantFrom('bachelor', 'master', 'secondary_vocational_education_2', 'undefined', 'x-level'),
      { nil: null },
    ),
    link: fc.option(fc.oneof(fc.webUrl({ validSchemes: ['https'] }), fc.constant('javascript:alert(1)')), {
      nil: null,
    }),
    organisation: fc.option(fc.record({ organisationId: fc.uuid(), name: tagged }), { nil: null }),
  },
  { requiredKeys: ['courseId', 'primaryCode', 'name'] },
);
const ooapiOffering = fc.record(
  {
    courseOfferingId: fc.uuid(),
    primaryCode: fc.record({ codeType: fc.constant('offeringCode'), code: fc.string({ minLength: 1 }) }),
    name: tagged,
    startDateTime: fc.option(dateTime, { nil: null }),
    endDateTime: fc.option(dateTime, { nil: null }),
    maxNumberStudents: fc.option(fc.nat({ max: 500 }), { nil: null }),
    enrolledNumberStudents: fc.option(fc.nat({ max: 500 }), { nil: null }),
    addresses: fc.option(fc.array(fc.record({ addressType: fc.constant('teaching'), city: fc.string() })), {
      nil: null,
    }),
    priceInformation: fc.option(
      fc.array(
        fc.record({
          costType: fc.constantFrom('total_costs', 'stap_eligible', 'x-fee'),
          amount: fc.option(decimal, { nil: null }),
          currency: fc.option(fc.constantFrom('EUR', 'USD'), { nil: null }),
        }),
      ),
      { nil: null },
    ),
  },
  { requiredKeys: ['courseOfferingId', 'primaryCode', 'name'] },
);

function passesContract(course: unknown): boolean {
  return course === null || Course.safeParse(course).success;
}

describe('adapters on generated input', () => {
  it('map any OOAPI course that matches the specification without throwing, into a valid contract course', () => {
    fc.assert(
      fc.property(ooapiCourse, fc.array(ooapiOffering, { maxLength: 3 }), (course, offerings) => {
        const result = fromOoapi(course, offerings, { provider: { id: 'p', name: 'P' } });
        assert.ok(passesContract(result.course), JSON.stringify(result));
        if (result.course === null) assert.ok(result.issues.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on anything at all, and never return an invalid course', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        assert.ok(passesContract(fromOoapi(input, [input]).course));
        assert.ok(passesContract(fromEduDex(input).course));
        assert.ok(passesContract(fromSchemaOrg(input).course));
        assert.ok(
          passesContract(
            fromSchemaOrg({ '@type': 'Course', name: input, offers: input, hasCourseInstance: input, url: input })
              .course,
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('toSchemaOrg then fromSchemaOrg gives back the course id, title, price, hours and runs', () => {
    const course = fc.record({
      id: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
      title: fc.string({ minLength: 1 }).filter((title) => title.trim() === title && title !== ''),
      cents: fc.nat({ max: 10_000_000 }),
      vatIncluded: fc.boolean(),
      hours: fc.nat({ max: 2000 }),
      start: fc.option(
        fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(course, ({ id, title, cents, vatIncluded, hours, start }) => {
        const original = Course.parse({
          id,
          title,
          summary: '',
          description: 'Tekst',
          provider: { id: 'p', name: 'Aanbieder' },
          topics: [],
          level: 'beginner',
          languages: ['nl'],
          format: 'classroom',
          durationHours: hours,
          price: { amount: cents, currency: 'EUR', vatIncluded },
          fundingTags: ['stap-eligible'],
          offerings: [{ id: 'run', start, end: null, location: { city: 'Utrecht' }, seatsLeft: 3 }],
          url: 'https://aanbieder.example/cursus',
          updatedAt: '2026-01-01T00:00:00.000Z',
        });
        const back = fromSchemaOrg(JSON.parse(JSON.stringify(toSchemaOrg(original)))).course;
        assert.ok(back !== null);
        assert.equal(back.id, id);
        assert.equal(back.title, title.trim());
        assert.deepEqual(back.price, original.price);
        assert.equal(back.durationHours, hours);
        assert.deepEqual(back.fundingTags, ['stap-eligible']);
        assert.deepEqual(back.offerings, original.offerings);
      }),
      { numRuns: 200 },
    );
  });
});
