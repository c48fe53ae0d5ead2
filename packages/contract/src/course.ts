import './zod-config.js';
import * as z from 'zod/mini';
import { HttpsUrl, Id, IsoDate, IsoDateTime, LanguageTag, openEnum } from './common.js';
import { Price } from './price.js';

export const COURSE_FORMATS = ['online', 'classroom', 'blended', 'self-paced', 'workplace'] as const;
export const CourseFormat = openEnum(COURSE_FORMATS);
export type CourseFormat = z.infer<typeof CourseFormat>;

export const COURSE_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export const CourseLevel = openEnum(COURSE_LEVELS);
export type CourseLevel = z.infer<typeof CourseLevel>;

/** Quality marks of Dutch training providers (NRTO, CEDEO) and accredited institutions (NVAO). */
export const CERTIFICATIONS = ['nrto', 'cedeo', 'nvao'] as const;
export const Certification = openEnum(CERTIFICATIONS);
export type Certification = z.infer<typeof Certification>;

export const Provider = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  certifications: z._default(z.array(Certification), []),
});
export type Provider = z.infer<typeof Provider>;

export const Skill = z.object({
  label: z.string().check(z.minLength(1)),
  escoUri: z.optional(HttpsUrl),
});
export type Skill = z.infer<typeof Skill>;

export const Offering = z.object({
  id: Id,
  /** First day; `null` for self-paced offerings that start any time. */
  start: z.nullable(IsoDate),
  end: z.nullable(IsoDate),
  location: z.nullable(z.object({ city: z.string() })),
  seatsLeft: z.optional(z.nullable(z.int().check(z.nonnegative()))),
  enrolmentDeadline: z.optional(z.nullable(IsoDate)),
});
export type Offering = z.infer<typeof Offering>;

// Its own module: learning steps have a price too, and must not pull the course schemas into every bundle.
export { Price } from './price.js';

export const StudyLoad = z.object({
  value: z.number().check(z.nonnegative()),
  unit: openEnum(['hours', 'ec', 'ects'] as const),
});

/**
 * The fields search, facets and result cards need. The catalogue snapshot carries these;
 * the long description comes from `GET /v1/courses/{id}`.
 */
const courseSummaryShape = {
  id: Id,
  title: z.string().check(z.minLength(1)),
  summary: z.string(),
  provider: Provider,
  topics: z.array(z.string()),
  skills: z._default(z.array(Skill), []),
  level: CourseLevel,
  /** Dutch qualification framework level (NLQF 1 to 8), when known. */
  nlqf: z.optional(z.int().check(z.minimum(1), z.maximum(8))),
  languages: z.array(LanguageTag),
  format: CourseFormat,
  durationHours: z.number().check(z.nonnegative()),
  studyLoad: z.optional(StudyLoad),
  price: Price,
  /** Funding schemes that accept the course, for example `stap-eligible` or `sector:oob`. */
  fundingTags: z._default(z.array(z.string()), []),
  offerings: z.array(Offering),
  url: HttpsUrl,
  updatedAt: IsoDateTime,
};

export const CourseSummary = z.object(courseSummaryShape);
export type CourseSummary = z.infer<typeof CourseSummary>;

export const Course = z.object({ ...courseSummaryShape, description: z.string() });
export type Course = z.infer<typeof Course>;

/** Shared shape for any course-like record: what funding plans and the index need. */
export type CourseLike = CourseSummary | Course;

export const CoursePage = z.object({
  items: z.array(CourseSummary),
  /** Opaque cursor for the next page; `null` on the last page. */
  nextCursor: z.nullable(z.string()),
});
export type CoursePage = z.infer<typeof CoursePage>;
