import './zod-config.js';
import * as z from 'zod/mini';
import { Id, openEnum } from './common.js';

export const Me = z.object({
  id: Id,
  displayName: z.string(),
  locale: openEnum(['nl', 'en'] as const),
  /** Teams this employee manages, if any. */
  manages: z._default(
    z.array(z.object({ teamId: Id, teamName: z.string(), memberCount: z.int().check(z.nonnegative()) })),
    [],
  ),
});
export type Me = z.infer<typeof Me>;
