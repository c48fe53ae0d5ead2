import type { MiddlewareHandler } from 'hono';

/** Which origins may call the API from a browser. */
export interface CorsPolicy {
  /** Exact origins such as `https://intranet.example.nl`; `*` allows any origin without credentials. */
  origins: readonly string[];
}

const ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';
// Idempotency-Key and If-Match make request writes safe to retry and decisions safe to race.
const ALLOWED_HEADERS = 'Authorization, Content-Type, If-None-Match, If-Match, Idempotency-Key, Accept-Language';
const EXPOSED_HEADERS = 'ETag, WWW-Authenticate, Idempotent-Replayed';

/** Adds a header name to `Vary` unless it is already there. */
export function appendVary(headers: Headers, value: string): void {
  const current = headers.get('Vary');
  if (current === null) headers.set('Vary', value);
  else if (
    !current
      .toLowerCase()
      .split(/\s*,\s*/)
      .includes(value.toLowerCase())
  )
    headers.set('Vary', `${current}, ${value}`);
}

/**
 * CORS for a list of origins: a listed origin is reflected with `Access-Control-Allow-Credentials`
 * (so cookie-based hosts work too); `*` in the list allows every origin but never with credentials,
 * as browsers require. The `Authorization` header is allowed explicitly, because a `*` in
 * `Access-Control-Allow-Headers` does not cover it.
 */
export function cors(policy: CorsPolicy): MiddlewareHandler {
  const anyOrigin = policy.origins.includes('*');
  const listed = new Set(policy.origins.filter((origin) => origin !== '*'));
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const reflected = origin !== undefined && listed.has(origin);
    const allowOrigin = reflected ? origin : anyOrigin ? '*' : undefined;
    const preflight = c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined;
    if (preflight) {
      const headers = new Headers({ Vary: 'Origin' });
      if (allowOrigin !== undefined) {
        headers.set('Access-Control-Allow-Origin', allowOrigin);
        headers.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
        headers.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        headers.set('Access-Control-Max-Age', '600');
        if (reflected) headers.set('Access-Control-Allow-Credentials', 'true');
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    // The answer depends on Origin whenever we may reflect it, so caches must key on it.
    if (listed.size > 0) appendVary(c.res.headers, 'Origin');
    if (allowOrigin === undefined) return;
    c.res.headers.set('Access-Control-Allow-Origin', allowOrigin);
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    if (reflected) c.res.headers.set('Access-Control-Allow-Credentials', 'true');
  };
}
