import './zod-config.js';
import * as z from 'zod/mini';
import { Id, IsoDateTime } from './common.js';
import { CourseSummary } from './course.js';

/**
 * The whole catalogue (`kind: "snapshot"`) or what changed since a snapshot (`kind: "delta"`,
 * from `?since=`), with the ids of removed courses in `deleted`.
 */
export const CatalogueSnapshot = z.object({
  kind: z.enum(['snapshot', 'delta']),
  generatedAt: IsoDateTime,
  /** Pass this back as `?since=` to receive only later changes. */
  version: z.string(),
  courses: z.array(CourseSummary),
  deleted: z._default(z.array(Id), []),
});
export type CatalogueSnapshot = z.infer<typeof CatalogueSnapshot>;

/** The envelope alone, so a client can validate courses one by one and keep the good ones. */
export const CatalogueEnvelope = z.object({
  kind: z.enum(['snapshot', 'delta']),
  generatedAt: IsoDateTime,
  version: z.string(),
  courses: z.array(z.unknown()),
  deleted: z._default(z.array(Id), []),
});
