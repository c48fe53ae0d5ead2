/**
 * `pnpm --filter @leerbudget/bench bench:typos`: how precise typo tolerance for 4-letter words is on the
 * demo catalogue. Each query is a word as typed and the word meant; a result is relevant when one of its
 * words starts with the word meant. "Before" is the rule of five letters and up, under which a 4-letter
 * word finds only the words it starts; "after" is the engine as built.
 */
import { CatalogueIndex } from '@leerbudget/sdk/catalogue';
import { demoCourses } from '@leerbudget/server';
import type { CourseSummary } from '@leerbudget/contract';

/** Typed as people do: a letter missing, swapped, doubled or wrong. */
const TYPOS: ReadonlyArray<[typed: string, meant: string]> = [
  ['exel', 'excel'],
  ['excl', 'excel'],
  ['zrog', 'zorg'],
  ['tael', 'taal'],
  ['dtaa', 'data'],
  ['wekr', 'werk'],
  ['atuo', 'auto'],
  ['linx', 'linux'],
  ['scum', 'scrum'],
  ['agle', 'agile'],
  ['azre', 'azure'],
  ['clod', 'cloud'],
  ['hlup', 'hulp'],
  ['gled', 'geld'],
  ['ifsr', 'ifrs'],
  ['rsut', 'rust'],
  ['mial', 'mail'],
  ['caer', 'care'],
];

/** Spelled right: typo tolerance must not add anything to these (no flood). */
const CORRECT = ['voor', 'taal', 'zorg', 'werk', 'data', 'auto', 'team', 'geld', 'hulp', 'care', 'open', 'leer'];

function wordsOf(course: CourseSummary): string[] {
  const text = [course.title, course.provider.name, ...course.topics, ...course.skills.map((skill) => skill.label)]
    .concat(course.summary)
    .join(' ');
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
}

const courses = demoCourses(new Date());
const words = new Map(courses.map((course) => [course.id, wordsOf(course)]));
const startsWith = (id: string, word: string) => words.get(id)!.some((term) => term.startsWith(word));
const index = CatalogueIndex.build(courses);

interface Tally {
  hits: number;
  relevant: number;
  wanted: number;
}

function tally(queries: ReadonlyArray<[string, string]>, found: (typed: string) => string[]): Tally {
  const sum: Tally = { hits: 0, relevant: 0, wanted: 0 };
  for (const [typed, meant] of queries) {
    const ids = found(typed);
    sum.hits += ids.length;
    sum.relevant += ids.filter((id) => startsWith(id, meant)).length;
    sum.wanted += courses.filter((course) => startsWith(course.id, meant)).length;
  }
  return sum;
}

const before = (typed: string) => courses.filter((course) => startsWith(course.id, typed)).map((course) => course.id);
const after = (typed: string) => index.search({ text: typed, limit: courses.length }).items.map((hit) => hit.course.id);
const share = (part: number, whole: number) =>
  whole === 0 ? '   n/a' : `${((part / whole) * 100).toFixed(1)}%`.padStart(6);

console.log(`${courses.length} demo courses; ${TYPOS.length} typo queries, ${CORRECT.length} correct 4-letter words`);
console.log(['queries'.padEnd(22), 'rule'.padEnd(7), '  hits', 'relevant', 'precision', 'recall'].join(' '));
const correct = CORRECT.map((word): [string, string] => [word, word]);
for (const [label, queries] of [
  ['4-letter typos', TYPOS],
  ['correct 4-letter words', correct],
] as const) {
  for (const [rule, found] of [
    ['before', before],
    ['after', after],
  ] as const) {
    const { hits, relevant, wanted } = tally(queries, found);
    console.log(
      [
        label.padEnd(22),
        rule.padEnd(7),
        String(hits).padStart(6),
        String(relevant).padStart(8),
        share(relevant, hits).padStart(9),
        share(relevant, wanted),
      ].join(' '),
    );
  }
}
const flooded = CORRECT.filter((word) => after(word).length !== before(word).length);
console.log(flooded.length === 0 ? 'no correct word got extra results' : `extra results for: ${flooded.join(', ')}`);
