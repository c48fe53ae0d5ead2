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

/**
 * Query of `GET /v1/catalogue`: `since` is a `version` from an earlier snapshot; `provider` asks for one
 * provider's courses only (a vendor's own finder), with its own ETag, and its deltas hold only that
 * provider's changes. Pass `since` only with a version of the same provider's snapshot.
 */
export const CatalogueQuery = z.object({
  since: z.optional(z.string().check(z.regex(/^\d+$/))),
  provider: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuery>;
