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

/**
 * A skill the course teaches. `escoUri` names the ESCO concept; ESCO's own URIs are `http:`
 * (`http://data.europa.eu/esco/skill/…`), so any URI is accepted and clients link to it only when it is `https:`.
 */
export const Skill = z.object({
  label: z.string().check(z.minLength(1)),
  escoUri: z.optional(z.string().check(z.maxLength(2000))),
});
export type Skill = z.infer<typeof Skill>;

export const CREDENTIAL_KINDS = ['certificate', 'diploma', 'badge'] as const;
export const CredentialKind = openEnum(CREDENTIAL_KINDS);
export type CredentialKind = z.infer<typeof CredentialKind>;

/**
 * Public registers that recognise a credential: CREBO (mbo qualifications), CROHO (hbo and wo degrees),
 * the NLQF register of NCP NLQF, and the CRKBO and NRTO registers of training providers.
 */
export const CREDENTIAL_REGISTERS = ['crebo', 'croho', 'nlqf', 'crkbo', 'nrto'] as const;
export const CredentialRegister = openEnum(CREDENTIAL_REGISTERS);
export type CredentialRegister = z.infer<typeof CredentialRegister>;

/** What a learner receives after the course, who issues it, and whether a public register recognises it. */
export const Credential = z.object({
  kind: CredentialKind,
  issuer: z.object({ name: z.string().check(z.minLength(1)) }),
  /** True when a public register recognises it; `register` then says which. */
  recognised: z.boolean(),
  register: z.optional(CredentialRegister),
});
export type Credential = z.infer<typeof Credential>;

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
  /** What the course leads to, when known. */
  credential: z.optional(Credential),
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
