import type { Course, CourseFormat, CourseLevel, Offering, Skill } from '@leerbudget/contract';
import { isoDateAfter } from '../calendar.js';
import { DEMO_CREDENTIALS } from './credentials.js';
import { DEMO_PROVIDERS, type DemoProviderKey } from './providers.js';

/** One run of a demo course: the city (`null` online), days from today to the start, and its length in days. */
export type RunSpec = readonly [city: string | null, startsInDays: number, lengthDays: number];

/** A hand-written demo course, terse enough to keep sixty of them readable. */
export interface CourseSpec {
  id: string;
  title: string;
  summary: string;
  description: string;
  provider: DemoProviderKey;
  topics: string[];
  level: CourseLevel;
  nlqf?: number;
  languages: string[];
  format: CourseFormat;
  hours: number;
  /** Price in whole euros. */
  euros: number;
  vatIncluded?: boolean;
  fundingTags?: string[];
  /** Plain labels, or skills with their ESCO concept (see `esco-skills.ts`). */
  skills?: ReadonlyArray<string | Skill>;
  /** Planned runs; `'any-time'` for self-paced courses that start whenever the learner wants. */
  runs: readonly RunSpec[] | 'any-time';
}

/** Fixed so the demo catalogue only changes when its offerings move with the calendar. */
const DEMO_UPDATED_AT = '2025-09-01T08:00:00.000Z';

function offeringsOf(spec: CourseSpec, today: Date): Offering[] {
  if (spec.runs === 'any-time') {
    return [
      { id: `${spec.id}-open`, start: null, end: null, location: null, seatsLeft: null, enrolmentDeadline: null },
    ];
  }
  return spec.runs.map(([city, startsInDays, lengthDays], index) => ({
    id: `${spec.id}-${index + 1}`,
    start: isoDateAfter(today, startsInDays),
    end: isoDateAfter(today, startsInDays + lengthDays),
    location: city === null ? null : { city },
    // Deterministic but varied: some runs are nearly full.
    seatsLeft: (spec.id.length * 7 + index * 5) % 16,
    // A week before the start, so runs that start within a week are past their enrolment deadline.
    enrolmentDeadline: isoDateAfter(today, startsInDays - 7),
  }));
}

/** Turns a hand-written spec into a contract `Course`, with offerings dated relative to `today`. */
export function courseFromSpec(spec: CourseSpec, today: Date): Course {
  const { domain, sector: _sector, ...provider } = DEMO_PROVIDERS[spec.provider];
  const credential = DEMO_CREDENTIALS[spec.id];
  return {
    id: spec.id,
    title: spec.title,
    summary: spec.summary,
    description: spec.description,
    provider: { ...provider, certifications: [...provider.certifications] },
    topics: spec.topics,
    skills: (spec.skills ?? []).map((skill) => (typeof skill === 'string' ? { label: skill } : { ...skill })),
    level: spec.level,
    ...(spec.nlqf === undefined ? {} : { nlqf: spec.nlqf }),
    languages: spec.languages,
    format: spec.format,
    durationHours: spec.hours,
    studyLoad: { value: spec.hours, unit: 'hours' },
    price: { amount: spec.euros * 100, currency: 'EUR', vatIncluded: spec.vatIncluded ?? false },
    fundingTags: spec.fundingTags ?? [],
    ...(credential === undefined ? {} : { credential }),
    offerings: offeringsOf(spec, today),
    url: `https://${domain}/opleidingen/${spec.id}`,
    updatedAt: DEMO_UPDATED_AT,
  };
}
