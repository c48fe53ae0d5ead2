import type { Course, CourseFormat, CourseLevel, Offering, Provider } from '@leerbudget/contract';
import { SeededRandom } from './random.js';
import {
  CITIES,
  EN_SUMMARIES,
  EN_TITLE_PATTERNS,
  NL_SUMMARIES,
  NL_TITLE_PATTERNS,
  PROVIDER_FIRST_WORDS,
  PROVIDER_LAST_WORDS,
  TOPICS,
  type TopicWords,
} from './vocabulary.js';

const DAY_MS = 86_400_000;
/** Synthetic offerings start within a year of this fixed day, so the output never depends on the clock. */
const FIRST_START = Date.UTC(2026, 0, 5);
const UPDATED_AT = '2025-12-01T09:00:00.000Z';
const FORMATS: readonly CourseFormat[] = ['online', 'classroom', 'blended', 'self-paced', 'workplace'];
const LEVELS: readonly CourseLevel[] = ['beginner', 'intermediate', 'advanced'];
const HOURS = [4, 6, 8, 12, 16, 24, 32, 40, 60, 80, 120] as const;

interface SyntheticProvider {
  provider: Provider;
  slug: string;
  /** Providers specialise, as real ones do: each teaches a handful of neighbouring topics. */
  topics: readonly TopicWords[];
}

const TOPICS_PER_PROVIDER = 5;

/** 60 providers: every first word combined with every last word. */
const PROVIDERS: readonly SyntheticProvider[] = PROVIDER_FIRST_WORDS.flatMap((first, i) =>
  PROVIDER_LAST_WORDS.map((last, j) => {
    const slug = `${first}-${last}`.toLowerCase();
    const certifications: Provider['certifications'] =
      (i + j) % 3 === 0 ? [] : (i + j) % 3 === 1 ? ['nrto'] : ['cedeo'];
    const firstTopic = ((i * PROVIDER_LAST_WORDS.length + j) * 3) % TOPICS.length;
    const topics = Array.from({ length: TOPICS_PER_PROVIDER }, (_, k) => TOPICS[(firstTopic + k) % TOPICS.length]!);
    return { slug, topics, provider: { id: `gen-${slug}`, name: `${first} ${last}`, certifications } };
  }),
);

function isoDay(daysAfterFirstStart: number): string {
  return new Date(FIRST_START + daysAfterFirstStart * DAY_MS).toISOString().slice(0, 10);
}

/** Most courses run once or twice a year; a few run four times. */
const OFFERING_COUNTS = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4] as const;

function offeringsFor(id: string, format: CourseFormat, hours: number, random: SeededRandom): Offering[] {
  if (format === 'self-paced') {
    return [{ id: `${id}-open`, start: null, end: null, location: null }];
  }
  const count = random.pick(OFFERING_COUNTS);
  const lengthDays = Math.max(0, Math.ceil(hours / 8) * (format === 'classroom' ? 1 : 7) - 1);
  const offerings: Offering[] = [];
  // Runs start on Mondays (FIRST_START is one), a few weeks apart.
  let startWeek = random.int(0, 20);
  for (let index = 1; index <= count; index += 1) {
    const start = startWeek * 7;
    offerings.push({
      id: `${id}-${index}`,
      start: isoDay(start),
      end: isoDay(start + lengthDays),
      location: format === 'online' ? null : { city: random.pick(CITIES) },
      ...(format === 'classroom' ? { seatsLeft: random.int(0, 12) } : {}),
    });
    startWeek += random.int(4, 12);
  }
  return offerings;
}

function fundingTagsFor(topic: TopicWords, random: SeededRandom): string[] {
  const tags: string[] = [];
  if (random.chance(0.4)) tags.push('stap-eligible');
  if (topic.sectorTag !== undefined && random.chance(0.6)) tags.push(topic.sectorTag);
  return tags;
}

function courseAt(index: number, random: SeededRandom): Course {
  const id = `gen-${index.toString(36)}`;
  const { provider, slug, topics } = random.pick(PROVIDERS);
  const topic = random.pick(topics);
  const secondTopic = random.chance(0.3) ? random.pick(topics) : topic;
  const english = random.chance(0.25);
  const format = random.pick(FORMATS);
  const hours = random.pick(HOURS);
  const title = english ? random.pick(EN_TITLE_PATTERNS)(topic.en) : random.pick(NL_TITLE_PATTERNS)(topic.nl);
  const level = random.pick(LEVELS);
  // One summary per language and level: realistic enough, and it keeps the snapshot small.
  const summary = english
    ? EN_SUMMARIES[LEVELS.indexOf(level)]!(topic.en)
    : NL_SUMMARIES[LEVELS.indexOf(level)]!(topic.nl);
  // Roughly €25–€70 per hour, rounded to whole tens of euros as providers do.
  const euros = Math.round((hours * random.int(25, 70)) / 10) * 10;
  return {
    id,
    title,
    summary,
    description: `${summary} ${title} wordt gegeven door ${provider.name}.`,
    provider,
    topics: secondTopic === topic ? [topic.topic] : [topic.topic, secondTopic.topic],
    skills: [],
    level,
    languages: [english ? 'en' : 'nl'],
    format,
    durationHours: hours,
    price: { amount: euros * 100, currency: 'EUR', vatIncluded: random.chance(0.2) },
    fundingTags: fundingTagsFor(topic, random),
    offerings: offeringsFor(id, format, hours, random),
    url: `https://${slug}.example.nl/c/${id}`,
    updatedAt: UPDATED_AT,
  };
}

/**
 * A deterministic synthetic catalogue for benchmarks and load tests: the same `count` and `seed`
 * always give the same courses. Ids are `gen-<base36 index>`, so they never clash with demo courses.
 */
export function generateCourses(count: number, seed: number): Course[] {
  const random = new SeededRandom(seed);
  const courses = new Array<Course>(count);
  for (let index = 0; index < count; index += 1) courses[index] = courseAt(index, random);
  return courses;
}
