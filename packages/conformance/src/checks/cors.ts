import { fail, type Check } from '../check.js';
import { call, headerList } from '../http.js';

/** An origin that is not the API's: what an intranet page embedding the widgets looks like. */
export const FOREIGN_ORIGIN = 'https://intranet.conformance.example';
const REQUEST_HEADERS = ['authorization', 'if-none-match', 'if-match', 'idempotency-key', 'accept-language'];
const EXPOSED_HEADERS = ['etag', 'retry-after'];

function allowsOrigin(value: string | null): boolean {
  return value === '*' || value === FOREIGN_ORIGIN;
}

export const corsPreflightCheck: Check = {
  id: 'cors-preflight',
  title: `A preflight from another origin allows ${REQUEST_HEADERS.join(', ')}`,
  async run(context) {
    const reply = await call(context, '/v1/me/budget', {
      method: 'OPTIONS',
      headers: {
        origin: FOREIGN_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': REQUEST_HEADERS.join(', '),
      },
    });
    if (reply.status < 200 || reply.status > 299)
      fail(
        'a 2xx answer to the preflight',
        `${reply.status}`,
        'Answer OPTIONS preflights before authentication (hono/cors, cors for Express).',
      );
    const origin = reply.headers.get('access-control-allow-origin');
    if (!allowsOrigin(origin))
      fail(
        `Access-Control-Allow-Origin ${FOREIGN_ORIGIN} (or * for public demos)`,
        origin ?? 'none',
        'Allow the origins of the intranet pages that embed the widgets.',
      );
    const allowed = headerList(reply.headers, 'access-control-allow-headers');
    const missing = REQUEST_HEADERS.filter((header) => !allowed.includes(header));
    if (missing.length > 0)
      fail(
        `Access-Control-Allow-Headers with ${REQUEST_HEADERS.join(', ')}`,
        allowed.join(', ') || 'none',
        `Add ${missing.join(', ')} to Access-Control-Allow-Headers (a * does not cover Authorization).`,
      );
  },
};

export const corsExposeCheck: Check = {
  id: 'cors-expose',
  title: 'Responses to another origin expose ETag and Retry-After',
  async run(context) {
    const reply = await call(context, '/v1', { headers: { origin: FOREIGN_ORIGIN } });
    const origin = reply.headers.get('access-control-allow-origin');
    if (!allowsOrigin(origin))
      fail(
        `Access-Control-Allow-Origin ${FOREIGN_ORIGIN} (or *) on GET /v1`,
        origin ?? 'none',
        'Send CORS headers on every response, not only on preflights.',
      );
    const exposed = headerList(reply.headers, 'access-control-expose-headers');
    const missing = EXPOSED_HEADERS.filter((header) => !exposed.includes(header));
    if (missing.length > 0)
      fail(
        'Access-Control-Expose-Headers with ETag, Retry-After',
        exposed.join(', ') || 'none',
        `Expose ${missing.join(', ')}: the SDK reads them for caching and back-off.`,
      );
  },
};
