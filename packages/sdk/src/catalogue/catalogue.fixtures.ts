/**
 * A seeded generator of small catalogues for the catalogue tests: a tiny vocabulary with Dutch
 * diacritics, so words, prefixes and typos collide often. Every course goes through the contract's
 * schema. This file holds no tests of its own.
 */
import { BudgetPot, CourseSummary } from '@leerbudget/contract';
import { seededRandom } from '@leerbudget/test-kit/seeded-random';

/** The "today" most tests use. */
export const TODAY = '2026-03-15';

/** Words of titles and summaries; tests pick query words from here. */
export const VOCABULARY = [
  'één',
  'een',
  'cursus',
  'Excel',
  'excellent',
  'data',
  'database',
  'analyse',
  'analist',
  'financiën',
  'financieel',
  'leiderschap',
  'leider',
  'coaching',
  'coach',
  'project',
  'projectmanagement',
  'café',
  'veilig',
  'veiligheid',
  'Python',
  'programmeren',
  'programma',
  'zorg',
  'zorgverlener',
  'communicatie',
  'Scrum',
  'agile',
  'basis',
  'gevorderd',
  'praktijk',
  'workshop',
  'training',
  'trainer',
] as const;

const TOPICS = ['data', 'leiderschap', 'zorg', 'ICT', 'financiën', 'communicatie', 'veiligheid'];
const PROVIDERS = [
  { id: 'p-acme', name: 'Acme Academy', certifications: ['nrto'] },
  { id: 'p-beta', name: 'Bèta Opleidingen', certifications: [] },
  { id: 'p-cito', name: 'Citó Leren', certifications: ['cedeo'] },
  { id: 'p-delta', name: 'Delta Training', certifications: [] },
  { id: 'p-epsilon', name: 'Epsilon Hogeschool', certifications: ['nvao', 'nrto'] },
];
const FORMATS = ['online', 'classroom', 'blended', 'self-paced', 'workplace'];
const LEVELS = ['beginner', 'intermediate', 'advanced'];
const LANGUAGES = ['nl', 'en', 'de'];
const CITIES = ['Utrecht', 'Amsterdam', 'Den Haag', "'s-Hertogenbosch"];
const SKILLS = ['Rapporteren', 'Feedback geven', 'Plannen', 'Analyseren'];

/** Generates `count` valid courses from `seed`; offerings fall between 2025-12 and 2026-09. */
export function generateTestCatalogue(count: number, seed: number): CourseSummary[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], max: number): T[] =>
    Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(items));
  const words = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(VOCABULARY)).join(' ');
  return Array.from({ length: count }, (_, i) =>
    CourseSummary.parse({
      id: `c${i}`,
      title: words(1, 4),
      summary: random() < 0.2 ? '' : `${words(2, 8)}.`,
      provider: pick(PROVIDERS),
      topics: some(TOPICS, 3),
      skills: some(SKILLS, 2).map((label) => ({ label })),
      level: pick(LEVELS),
      languages: random() < 0.1 ? [] : [pick(LANGUAGES), ...some(LANGUAGES, 1)],
      format: pick(FORMATS),
      durationHours: Math.floor(random() * 80),
      price: { amount: Math.floor(random() * 8) * 25_000, currency: 'EUR', vatIncluded: true },
      fundingTags: random() < 0.3 ? ['stap-eligible'] : [],
      offerings: Array.from({ length: Math.floor(random() * 4) }, (_, o) => {
        const start =
          random() < 0.2
            ? null
            : new Date(Date.UTC(2025, 11, 1) + Math.floor(random() * 280) * 86_400_000).toISOString().slice(0, 10);
        return { id: `c${i}-o${o}`, start, end: null, location: random() < 0.3 ? null : { city: pick(CITIES) } };
      }),
      url: `https://example.com/courses/${i}`,
      updatedAt: '2026-01-01T00:00:00Z',
    }),
  );
}

/** Pots that cover some courses fully and others partly: a capped personal pot and a data-only sector fund. */
export function testPots(): BudgetPot[] {
  const base = {
    funder: { name: 'Werkgever' },
    unit: 'money',
    currency: 'EUR',
    spent: 0,
    reserved: 0,
    validFrom: null,
  };
  return [
    BudgetPot.parse({
      ...base,
      id: 'personal',
      name: 'Persoonlijk',
      kind: 'personal',
      total: 60_000,
      available: 60_000,
      expiresAt: '2026-06-30',
      priority: 1,
    }),
    BudgetPot.parse({
      ...base,
      id: 'sector',
      name: 'Sectorfonds',
      kind: 'sector-fund',
      total: 100_000,
      available: 100_000,
      expiresAt: null,
      priority: 2,
      rules: { coveragePercent: 50, eligibleTopics: ['data'], requiresCertifiedProvider: true },
    }),
  ];
}
