import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CourseSummary } from '@leerbudget/contract';
import fc from 'fast-check';
import { CatalogueIndex } from './catalogue-index.js';
import { WordScanner, isOneEditApart, tokenize } from './fold-text.js';

function course(
  id: string,
  fields: { title: string; summary?: string; topics?: string[]; provider?: string; skills?: string[] },
): CourseSummary {
  return CourseSummary.parse({
    id,
    title: fields.title,
    summary: fields.summary ?? '',
    provider: { id: `p-${id}`, name: fields.provider ?? 'Opleider' },
    topics: fields.topics ?? [],
    skills: (fields.skills ?? []).map((label) => ({ label })),
    level: 'beginner',
    languages: ['nl'],
    format: 'online',
    durationHours: 8,
    price: { amount: 10_000, currency: 'EUR', vatIncluded: true },
    offerings: [],
    url: 'https://example.com/c',
    updatedAt: '2026-01-01T00:00:00Z',
  });
}

const index = CatalogueIndex.build([
  course('een', { title: 'Één dag Excel', summary: 'Een cursus voor beginners' }),
  course('cursus', { title: 'Cursus Financiën', summary: 'Begroten en rapporteren' }),
  course('leider', { title: 'Leiderschap in de zorg', topics: ['Zorg'] }),
  course('summary-only', { title: 'Vergaderen', summary: 'Ook over leiderschap' }),
  course('provider', { title: 'Timemanagement', provider: 'Crème Academie' }),
  course('skill', { title: 'Feedback', skills: ['Gesprekstechniek'] }),
  course('python', { title: 'Programmeren met Python' }),
]);

const ids = (text: string) => index.search({ text, limit: 50 }).items.map((item) => item.course.id);

describe('folding and words', () => {
  const cases: Array<[string, string[]]> = [
    ['Één', ['een']],
    ['CURSUS', ['cursus']],
    ['Financiën/Crème-brûlée', ['financien', 'creme', 'brulee']],
    ["  's-Hertogenbosch!  ", ['s', 'hertogenbosch']],
    ['', []],
    ['Æsop 2.0', ['æsop', '2', '0']],
    ['Exce\u0301l e\u0301e\u0301n', ['excel', 'een']],
    ['ΟΔΟΣ οδος', ['οδοσ', 'οδοσ']],
    ['a😀b 𝐀bc', ['a', 'b', '𝐀bc']],
    ['één—twee’s', ['een', 'twee', 's']],
  ];
  for (const [text, words] of cases)
    test(`tokenize(${JSON.stringify(text)})`, () => assert.deepEqual(tokenize(text), words));
  test('a 10,000-letter word stays one word', () =>
    assert.deepEqual(tokenize(`${'Ab'.repeat(5000)}!`), ['ab'.repeat(5000)]));
  test('letters that fold longer (Hangul into its parts) leave room for the rest of the text', () => {
    const hangul = '한'.repeat(1000);
    const scanner = new WordScanner();
    const count = scanner.scan(`${hangul} ${'A'.repeat(3000)}`);
    assert.deepEqual(
      Array.from({ length: count }, (_, i) => scanner.word(i)),
      [hangul.normalize('NFD'), 'a'.repeat(3000)],
    );
  });
});

test('every word of any text, searched on its own, finds the course holding that text', () => {
  const text = fc
    .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('Één', 'ΣΟΦΙΑ', 'café', ' ', '-')), {
      maxLength: 6,
    })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (titles) => {
      const built = CatalogueIndex.build(
        titles.map((title, i) => course(`c${i}`, { title: title.trim() === '' ? 'leeg' : title })),
      );
      titles.forEach((_, i) => {
        const title = built.course(`c${i}`)!.title;
        for (const word of tokenize(title)) {
          const found = built.search({ text: word, limit: titles.length }).items.map((item) => item.course.id);
          assert.ok(found.includes(`c${i}`), `${JSON.stringify(word)} of ${JSON.stringify(title)}`);
        }
      });
    }),
    { numRuns: 150, seed: 11 },
  );
});

describe('one edit apart', () => {
  const cases: Array<[string, string, boolean]> = [
    ['leider', 'lieder', true], // swap
    ['python', 'pyton', true], // deletion
    ['pyton', 'python', true], // insertion
    ['python', 'pithon', true], // substitution
    ['python', 'python', false], // same word is no typo
    ['python', 'pitton', false], // two edits
    ['python', 'pythonic', false],
    ['abc', 'bca', false],
  ];
  for (const [a, b, expected] of cases)
    test(`${a} ~ ${b} is ${expected}`, () => assert.equal(isOneEditApart(a, b), expected));
});

describe('search text', () => {
  const cases: Array<[query: string, expected: string[], why: string]> = [
    ['één', ['een'], 'diacritics in the query'],
    ['een', ['een'], 'diacritics in the course'],
    ['cursus', ['cursus', 'een'], 'case folded; title hit above summary hit'],
    ['financien', ['cursus'], 'ë folds to e'],
    ['lei', ['leider', 'summary-only'], 'prefix; title hit above summary hit'],
    ['leiderschap zorg', ['leider'], 'every word must match'],
    ['creme', ['provider'], 'provider name'],
    ['gesprek', ['skill'], 'skill label prefix'],
    ['pyhton', ['python'], 'swap typo in a 6-letter word'],
    ['progrmmeren', ['python'], 'missing letter'],
    ['exel', ['een'], 'one typo in a 4-letter word: a missing letter'],
    ['excl', ['een'], 'one typo in a 4-letter word, also near its end'],
    ['xcel', [], 'a 4-letter word keeps its first letter'],
    ['zorh', ['leider'], 'a 4-letter typo by substitution'],
    ['borg', [], 'no typo in the first letter of a 4-letter word ("zorg")'],
    ['dah', [], 'three letters: exact or prefix only ("dag")'],
    ['pitton', [], 'two typos are too many'],
    [
      '!!!',
      ['een', 'cursus', 'leider', 'summary-only', 'provider', 'skill', 'python'],
      'no words means no text filter',
    ],
  ];
  for (const [query, expected, why] of cases)
    test(`${JSON.stringify(query)}: ${why}`, () => assert.deepEqual(ids(query), expected));

  test('an exact word outranks a prefix, which outranks a typo', () => {
    const ranked = CatalogueIndex.build([
      course('typo', { title: 'Datum' }),
      course('prefix', { title: 'Database' }),
      course('exact', { title: 'Data' }),
    ]);
    assert.deepEqual(
      ranked.search({ text: 'data' }).items.map((item) => item.course.id),
      ['exact', 'prefix'],
    );
    assert.deepEqual(
      ranked.search({ text: 'datum' }).items.map((item) => item.course.id),
      ['typo'],
    );
    assert.deepEqual(
      ranked.search({ text: 'datab' }).items.map((item) => item.course.id),
      ['prefix', 'exact'],
      'prefix above typo',
    );
  });

  test('a 4-letter word that is in the catalogue gets no typos: its results do not flood', () => {
    const near = CatalogueIndex.build([
      course('data', { title: 'Data' }),
      course('date', { title: 'Date' }),
      course('dato', { title: 'Dato' }),
      course('bata', { title: 'Bata' }),
      course('databank', { title: 'Databank' }),
    ]);
    const search = (text: string) => near.search({ text }).items.map((item) => item.course.id);
    assert.deepEqual(search('data'), ['data', 'databank']);
    assert.deepEqual(search('dat'), ['data', 'date', 'dato', 'databank'], 'three letters: prefixes only');
    assert.deepEqual(search('dsta'), ['data'], 'a real typo still finds, but not in the first letter ("bata")');
  });

  test('typo hits rank below exact hits in the same field', () => {
    const ranked = CatalogueIndex.build([course('typo', { title: 'Python' }), course('exact', { title: 'Pythan' })]);
    assert.deepEqual(
      ranked.search({ text: 'pythan' }).items.map((item) => item.course.id),
      ['exact', 'typo'],
    );
  });
});

describe('typeahead', () => {
  test('suggests topics, then providers, then titles, folded and by prefix', () => {
    assert.deepEqual(index.typeahead('zo'), [
      { kind: 'topic', value: 'Zorg', label: 'Zorg' },
      { kind: 'title', value: 'leider', label: 'Leiderschap in de zorg' },
    ]);
    assert.deepEqual(index.typeahead('crè', 3), [{ kind: 'provider', value: 'p-provider', label: 'Crème Academie' }]);
  });
  test('several words narrow the suggestions', () => {
    assert.deepEqual(
      index.typeahead('programmeren py').map((s) => s.value),
      ['python'],
    );
  });
  test('nothing typed, nothing suggested', () => assert.deepEqual(index.typeahead('  '), []));
});
