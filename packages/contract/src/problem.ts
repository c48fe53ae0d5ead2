import './zod-config.js';
import * as z from 'zod/mini';
import { RefusalReason, ServerPlan } from './request.js';

/** RFC 9457 problem details, sent as `application/problem+json`. */
export const Problem = z.object({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** For 400 responses: which parameters were wrong. */
  invalidParams: z.optional(z.array(z.object({ name: z.string(), reason: z.string() }))),
  /** For 409 responses to writes: why the server refused. */
  reasons: z.optional(z.array(RefusalReason)),
  /** For a 409 to `POST /v1/me/requests`: the server's plan as it is now. */
  plan: z.optional(ServerPlan),
});
export type Problem = z.infer<typeof Problem>;
