import { Course, OTHER, isHttpsUrl, type CourseLevel, type Credential, type Offering } from '@leerbudget/contract';
import type { IssueLog, MappingResult } from './mapping.js';

/** Everything an adapter has gathered; `finishCourse` checks it against the contract. */
export interface CourseDraft {
  id: string | undefined;
  title: string | undefined;
  description: string;
  provider: { id: string; name: string; certifications?: string[] } | undefined;
  topics: string[];
  nlqf: number | undefined;
  level: CourseLevel | undefined;
  languages: string[];
  format: string;
  durationHours: number;
  studyLoad: { value: number; unit: 'hours' | 'ec' | 'ects' } | undefined;
  price: { amount: number; currency: string; vatIncluded: boolean } | undefined;
  fundingTags: string[];
  credential: Credential | undefined;
  offerings: Offering[];
  url: string | undefined;
  updatedAt: string;
}

const SUMMARY_LENGTH = 280;

/** The first paragraph, cut at a word near 280 characters: what a result card shows. */
export function summaryOf(description: string): string {
  const paragraph = description.split(/\n\s*\n/)[0]?.trim() ?? '';
  if (paragraph.length <= SUMMARY_LENGTH) return paragraph;
  const cut = paragraph.slice(0, SUMMARY_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The level a Dutch learner recognises, from the NLQF level: 1 to 3 (mbo 1 to 3) beginner,
 * 4 and 5 (mbo 4, associate degree) intermediate, 6 to 8 (bachelor, master, doctorate) advanced.
 */
export function levelFromNlqf(nlqf: number | undefined): CourseLevel {
  if (nlqf === undefined) return OTHER;
  if (nlqf <= 3) return 'beginner';
  if (nlqf <= 5) return 'intermediate';
  return 'advanced';
}

/** The `YYYY-MM-DD` a date-time was written with (its own offset), or `undefined`. */
export function datePart(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim());
  if (match === null) return undefined;
  const date = new Date(`${match[1]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[1] ? undefined : match[1];
}

/** Checks the draft against the contract; a draft that fails becomes `null` with the reasons as issues. */
export function finishCourse(draft: CourseDraft, log: IssueLog): MappingResult {
  const missing: Array<[keyof CourseDraft, string]> = [
    ['id', 'the record has no id'],
    ['title', 'the record has no title'],
    ['provider', 'the record names no provider; pass options.provider'],
    ['url', 'the record has no https link; the contract requires one'],
    ['price', 'the record has no price; a course without one could look free'],
  ];
  for (const [field, reason] of missing) if (draft[field] === undefined) log.add(field, reason);
  if (draft.url !== undefined && !isHttpsUrl(draft.url)) log.add('url', `"${draft.url}" is not an absolute https URL`);
  const candidate = {
    id: draft.id,
    title: draft.title,
    summary: summaryOf(draft.description),
    description: draft.description,
    provider: draft.provider,
    topics: draft.topics,
    skills: [],
    level: draft.level ?? levelFromNlqf(draft.nlqf),
    ...(draft.nlqf === undefined ? {} : { nlqf: draft.nlqf }),
    languages: draft.languages,
    format: draft.format,
    durationHours: draft.durationHours,
    ...(draft.studyLoad === undefined ? {} : { studyLoad: draft.studyLoad }),
    price: draft.price,
    fundingTags: [...new Set(draft.fundingTags)],
    ...(draft.credential === undefined ? {} : { credential: draft.credential }),
    offerings: draft.offerings,
    url: draft.url,
    updatedAt: draft.updatedAt,
  };
  const parsed = Course.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      if (!log.issues.some((known) => known.field === field)) log.add(field, issue.message);
    }
    return { course: null, issues: log.issues };
  }
  return { course: parsed.data, issues: log.issues };
}

/** An ISO timestamp from a source date-time, or `fallback` when it is missing or unreadable. */
export function timestampOr(value: unknown, fallback: Date): string {
  const text = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value : undefined;
  const time = text === undefined ? Number.NaN : new Date(text).getTime();
  return new Date(Number.isNaN(time) ? fallback.getTime() : time).toISOString();
}
