import './zod-config.js';
import * as z from 'zod/mini';

/** Query of `GET /v1/courses`. All parameters are optional. */
export const CourseListQuery = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  provider: z.optional(z.string()),
  topic: z.optional(z.string()),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string()),
});
export type CourseListQuery = z.infer<typeof CourseListQuery>;

/** Query of `GET /v1/catalogue`: `since` is a `version` from an earlier snapshot. */
export const CatalogueQuery = z.object({
  since: z.optional(z.string().check(z.regex(/^\d+$/))),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuery>;
