import { CatalogueQuery } from '@leerbudget/contract';
import { Hono } from 'hono';
import { CatalogueBodyCache } from '../catalogue/catalogue-body-cache.js';
import { acceptsGzip } from '../http/accept-encoding.js';
import { PUBLIC_CACHE } from '../http/cache-headers.js';
import { ifNoneMatchHits } from '../http/etag.js';
import { parseQuery } from '../http/query.js';
import type { Store } from '../store.js';

function catalogueTag(version: string, since: string | undefined): string {
  return since === undefined ? `"v${version}"` : `"v${version}-since${since}"`;
}

/**
 * `GET /v1/catalogue`: snapshot or `?since=` delta with a strong ETag per version. The route
 * compresses by itself (instead of the compress middleware) so the gzip body is cached per
 * version and the ETag stays strong: the gzip representation gets its own `-gzip` tag.
 */
export function catalogueRoutes(store: Store, now: () => Date): Hono {
  const bodies = new CatalogueBodyCache(store, now);
  const app = new Hono();
  app.get('/v1/catalogue', async (c) => {
    const { since } = parseQuery(CatalogueQuery, c.req.query());
    const gzip = acceptsGzip(c.req.header('Accept-Encoding'));
    const headers: Record<string, string> = { 'Cache-Control': PUBLIC_CACHE, Vary: 'Accept-Encoding' };

    const version = await store.catalogueVersion();
    const currentTag = catalogueTag(version, since);
    if (ifNoneMatchHits(c.req.header('If-None-Match'), currentTag)) {
      return new Response(null, { status: 304, headers: { ...headers, ETag: withEncoding(currentTag, gzip) } });
    }
    const body = await bodies.get(version, since);
    headers.ETag = withEncoding(catalogueTag(body.version, since), gzip);
    headers['Content-Type'] = 'application/json; charset=utf-8';
    if (!gzip) return new Response(body.json, { status: 200, headers });
    return new Response(await body.gzipped(), { status: 200, headers: { ...headers, 'Content-Encoding': 'gzip' } });
  });
  return app;
}

function withEncoding(tag: string, gzip: boolean): string {
  return gzip ? `${tag.slice(0, -1)}-gzip"` : tag;
}
