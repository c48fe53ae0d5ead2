import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { PUBLIC_CACHE } from '../http/cache-headers.js';
import { ifNoneMatchHits } from '../http/etag.js';
import type { Store } from '../store.js';

/**
 * `GET /v1/funding-schemes`: the public rules of sector funds and government schemes, for anyone. The ETag
 * is a hash of the schemes, so every instance gives the same tag and a CDN can revalidate. It is weak:
 * `generatedAt` is not part of it, so two answers with one tag carry the same schemes but not the same bytes.
 */
export function fundingSchemeRoutes(store: Store, now: () => Date): Hono {
  const app = new Hono();
  app.get('/v1/funding-schemes', async (c) => {
    const items = `[${(await store.fundingSchemesJson()).join(',')}]`;
    const etag = `W/"s${createHash('sha256').update(items).digest('base64url').slice(0, 22)}"`;
    const headers = { 'Cache-Control': PUBLIC_CACHE, ETag: etag };
    if (ifNoneMatchHits(c.req.header('If-None-Match'), etag)) return new Response(null, { status: 304, headers });
    const body = `{"generatedAt":${JSON.stringify(now().toISOString())},"items":${items}}`;
    return new Response(body, {
      status: 200,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
    });
  });
  return app;
}
