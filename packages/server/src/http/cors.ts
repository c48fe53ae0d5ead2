import type { MiddlewareHandler } from 'hono';
import { cors as honoCors } from 'hono/cors';

/** Which origins may call the API from a browser. */
export interface CorsPolicy {
  /** Exact origins such as `https://intranet.example.nl`; `*` allows any origin without credentials. */
  origins: readonly string[];
}

/**
 * What a browser client of the contract needs: `Authorization` (a `*` in `Access-Control-Allow-Headers`
 * would not cover it), revalidation (`If-None-Match`), writes (`If-Match`, `Idempotency-Key`) and the
 * language; and it must be able to read `ETag` (revalidation) and `Retry-After` (back-off).
 */
const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'If-None-Match',
  'If-Match',
  'Idempotency-Key',
  'Accept-Language',
];
const EXPOSED_HEADERS = ['ETag', 'Retry-After', 'WWW-Authenticate', 'Idempotent-Replayed'];

/**
 * CORS through `hono/cors`. A list of exact origins is reflected with `Access-Control-Allow-Credentials`
 * (so cookie-based hosts work too) and `Vary: Origin`; `*` anywhere in the list allows every origin,
 * never with credentials, as browsers require. An empty list allows no browser origin.
 */
export function cors(policy: CorsPolicy): MiddlewareHandler {
  const anyOrigin = policy.origins.includes('*');
  const listed = new Set(policy.origins);
  return honoCors({
    origin: anyOrigin ? '*' : (origin) => (listed.has(origin) ? origin : null),
    credentials: !anyOrigin && listed.size > 0,
    allowMethods: ALLOWED_METHODS,
    allowHeaders: ALLOWED_HEADERS,
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
}
