import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Course, FundingScheme, FundingSchemeList } from './index.js';
import { courseExample, fundingSchemeListExample } from './openapi-examples.js';

const scheme = fundingSchemeListExample.items[0]!;

test('a credential parses; unknown kinds and registers read "other"', () => {
  const parsed = Course.parse({
    ...courseExample,
    credential: { kind: 'micro-credential', issuer: { name: 'Opleider BV' }, recognised: true, register: 'ecvet' },
  });
  assert.deepEqual(parsed.credential, {
    kind: 'other',
    issuer: { name: 'Opleider BV' },
    recognised: true,
    register: 'other',
  });
});

test('a credential needs an issuer name and whether it is recognised', () => {
  for (const credential of [
    { kind: 'diploma', issuer: { name: '' }, recognised: true },
    { kind: 'diploma', issuer: { name: 'ROC' } },
    { kind: 'diploma', recognised: false },
  ]) {
    assert.equal(Course.safeParse({ ...courseExample, credential }).success, false, JSON.stringify(credential));
  }
  const { credential: _credential, ...without } = courseExample;
  assert.equal(Course.parse(without).credential, undefined);
});

test('a skill keeps any ESCO URI, since ESCO publishes http: URIs; clients decide what becomes a link', () => {
  const skills = [
    { label: 'Warmtepompen installeren', escoUri: 'http://data.europa.eu/esco/skill/abc' },
    { label: '<b>vet</b>', escoUri: 'javascript:alert(1)' },
  ];
  assert.deepEqual(Course.parse({ ...courseExample, skills }).skills, skills);
  assert.equal(
    Course.safeParse({ ...courseExample, skills: [{ label: '', escoUri: 'https://x.example' }] }).success,
    false,
  );
});

test('a funding scheme defaults to any course and no credential rule', () => {
  const { eligibleFundingTags: _tags, requiresRecognisedCredential: _recognised, ...bare } = scheme;
  const parsed = FundingScheme.parse(bare);
  assert.deepEqual(parsed.eligibleFundingTags, []);
  assert.equal(parsed.requiresRecognisedCredential, false);
});

test('a funding scheme caps in whole cents and covers 0 to 100 percent', () => {
  for (const bad of [
    { maxPerCourse: 12.5 },
    { maxPerCourse: -1 },
    { coveragePercent: 101 },
    { coveragePercent: -5 },
    { currency: 'euro' },
    { url: 'http://otib.example' },
  ]) {
    assert.equal(FundingScheme.safeParse({ ...scheme, ...bad }).success, false, JSON.stringify(bad));
  }
  assert.equal(FundingScheme.parse({ ...scheme, maxPerCourse: null }).maxPerCourse, null);
});

test('a scheme list carries when it was made', () => {
  assert.equal(FundingSchemeList.safeParse({ items: [scheme] }).success, false);
  assert.equal(FundingSchemeList.parse(fundingSchemeListExample).items.length, 1);
});
