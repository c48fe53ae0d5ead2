import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CourseLike } from '@leerbudget/contract';
import { fromEduDex, fromOoapi, fromSchemaOrg, toSchemaOrg } from './index.js';

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
}
const now = new Date('2026-01-01T00:00:00Z');
const provider = { id: 'roc', name: 'ROC Midden' };

describe('credentials from OOAPI', () => {
  const course = fixture('ooapi-v6-course.json');
  const offerings = fixture('ooapi-v6-offerings.json') as unknown as unknown[];

  it('formalDocument gives the kind; a CREBO code on an mbo level makes it recognised in CREBO', () => {
    const mbo = {
      ...course,
      formalDocument: 'diploma',
      level: 'secondary vocational education 4',
      otherCodes: [{ codeType: 'crohoCreboCode', code: '25655' }],
    };
    const { course: mapped, issues } = fromOoapi(mbo, offerings, { now });
    assert.deepEqual(mapped?.credential, {
      kind: 'diploma',
      issuer: { name: 'Coöperatie SURF U.A.' },
      recognised: true,
      register: 'crebo',
    });
    assert.ok(!issues.some((issue) => issue.field === 'formalDocument' || issue.field === 'otherCodes'));
  });

  it('a CROHO code on a bachelor level is CROHO; no code means not recognised; "no official document" means none', () => {
    const croho = {
      ...course,
      formalDocument: 'certificate',
      primaryCode: { codeType: 'crohoCreboCode', code: '34479' },
    };
    assert.equal(fromOoapi(croho, offerings, { now }).course?.credential?.register, 'croho');
    const plain = fromOoapi({ ...course, formalDocument: 'certificate' }, offerings, { now }).course;
    assert.deepEqual(plain?.credential, {
      kind: 'certificate',
      issuer: { name: 'Coöperatie SURF U.A.' },
      recognised: false,
    });
    assert.equal(
      fromOoapi({ ...course, formalDocument: 'no official document' }, offerings, { now }).course?.credential,
      undefined,
    );
    assert.equal(fromOoapi(course, offerings, { now }).course?.credential, undefined);
  });
});

describe('credentials from EDU-DEX', () => {
  it('a register named in degree makes it recognised; an unknown word is "other"', () => {
    const program = fixture('edudex-program.json');
    const classification = program.programClassification as Record<string, unknown>;
    const withDegree = (degree: string) =>
      fromEduDex({ ...program, programClassification: { ...classification, degree } }, { now }).course?.credential;
    assert.deepEqual(withDegree('Diploma (CREBO 25655)'), {
      kind: 'diploma',
      issuer: { name: 'VU for Professionals' },
      recognised: true,
      register: 'crebo',
    });
    assert.equal(withDegree('Edubadge')?.kind, 'badge');
    assert.equal(withDegree('Oorkonde')?.kind, 'other');
    assert.equal(withDegree('none'), undefined);
  });
});

describe('credentials in schema.org', () => {
  const jsonLd = fixture('schema-org-course.json');

  it('reads an EducationalOccupationalCredential: category is the kind, recognizedBy the register', () => {
    const { course } = fromSchemaOrg(
      {
        ...jsonLd,
        educationalCredentialAwarded: {
          '@type': 'EducationalOccupationalCredential',
          credentialCategory: { '@type': 'DefinedTerm', name: 'Certificate' },
          recognizedBy: { '@type': 'Organization', name: 'NRTO' },
        },
      },
      { now },
    );
    assert.deepEqual(course?.credential, {
      kind: 'certificate',
      issuer: { name: 'University of Technology - Eureka' },
      recognised: true,
      register: 'nrto',
    });
  });

  it('reads plain text, with the provider as issuer', () => {
    const { course } = fromSchemaOrg(
      { ...jsonLd, educationalCredentialAwarded: 'Certificaat van deelname' },
      { now, provider },
    );
    assert.equal(course?.credential?.kind, 'certificate');
    assert.equal(course?.credential?.recognised, false);
  });

  it('writes the credential back, and reads its own output the same way', () => {
    const mapped = fromSchemaOrg(jsonLd, { now }).course!;
    const course: CourseLike = {
      ...mapped,
      credential: { kind: 'diploma', issuer: { name: mapped.provider.name }, recognised: true, register: 'crebo' },
    };
    const written = toSchemaOrg(course);
    assert.deepEqual(written.educationalCredentialAwarded, {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'diploma',
      recognizedBy: { '@type': 'Organization', name: 'CREBO' },
    });
    assert.deepEqual(fromSchemaOrg(written, { now }).course?.credential, course.credential);
    assert.equal('educationalCredentialAwarded' in toSchemaOrg(mapped), false);
  });
});
