/**
 * Test data for the finder's browser tests: a seeded catalogue of any size (10k, 100k courses) that
 * passes the contract, and a fetch stub that serves it as the API's snapshot without a server round
 * trip of megabytes. Not part of the build.
 */
import type { CatalogueSnapshot, Certification, CourseFormat, CourseLevel, CourseSummary } from '@leerbudget/contract';
import { seededRandom } from '@leerbudget/test-kit/seeded-random';

const WORDS = [
  'Excel',
  'data',
  'analyse',
  'leiderschap',
  'coaching',
  'project',
  'veilig',
  'Python',
  'zorg',
  'communicatie',
  'Scrum',
  'agile',
  'basis',
  'gevorderd',
  'praktijk',
  'workshop',
  'financiën',
  'warmtepomp',
  'installatie',
  'taal',
];
const TOPICS = [
  'data',
  'leiderschap',
  'zorg',
  'ICT',
  'financiën',
  'communicatie',
  'veiligheid',
  'installatietechniek',
  'taal',
  'techniek',
];
const FORMATS: CourseFormat[] = ['online', 'classroom', 'blended', 'self-paced', 'workplace'];
const LEVELS: CourseLevel[] = ['beginner', 'intermediate', 'advanced'];
const CITIES = ['Utrecht', 'Amsterdam', 'Den Haag', 'Rotterdam', 'Zwolle', 'Groningen', 'Eindhoven'];
const CERTIFICATIONS: Certification[][] = [['nrto'], [], ['cedeo'], ['nvao', 'nrto'], []];

/** `count` valid courses from 60 providers, offerings spread over the coming year. */
export function generateCatalogue(count: number, seed = 2026): CourseSummary[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const today = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const providerNumber = Math.floor(random() * 60);
    return {
      id: `gen-${i}`,
      title: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      summary: `${pick(WORDS)} en ${pick(WORDS)} in de praktijk.`,
      provider: {
        id: `gen-provider-${providerNumber}`,
        name: `Opleider ${providerNumber}`,
        certifications: CERTIFICATIONS[providerNumber % CERTIFICATIONS.length]!,
      },
      topics: [pick(TOPICS), pick(TOPICS)],
      skills: [],
      level: pick(LEVELS),
      languages: random() < 0.8 ? ['nl'] : ['en'],
      format: pick(FORMATS),
      durationHours: 2 + Math.floor(random() * 80),
      price: { amount: (1 + Math.floor(random() * 40)) * 5_000, currency: 'EUR', vatIncluded: random() < 0.5 },
      fundingTags: random() < 0.3 ? ['stap-eligible'] : [],
      offerings: [
        {
          id: `gen-${i}-1`,
          start:
            random() < 0.2
              ? null
              : new Date(today + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10),
          end: null,
          location: random() < 0.4 ? null : { city: pick(CITIES) },
        },
      ],
      url: `https://opleider.example.nl/cursus/${i}`,
      updatedAt: '2026-01-01T00:00:00Z',
    };
  });
}

/**
 * Answers `GET <apiBase>/v1/catalogue` with `courses` (everything else goes to the real fetch) until the
 * returned function is called. The SDK's transport calls `globalThis.fetch` for each request.
 */
export function serveCatalogue(apiBase: string, courses: CourseSummary[]): () => void {
  const realFetch = globalThis.fetch;
  const snapshot: CatalogueSnapshot = {
    kind: 'snapshot',
    generatedAt: new Date().toISOString(),
    version: 'generated-1',
    courses,
    deleted: [],
  };
  const body = JSON.stringify(snapshot);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(`${apiBase}/v1/catalogue`)) return realFetch(input, init);
    return Promise.resolve(
      new Response(body, { status: 200, headers: { 'content-type': 'application/json', etag: '"generated-1"' } }),
    );
  };
  return () => {
    globalThis.fetch = realFetch;
  };
}
