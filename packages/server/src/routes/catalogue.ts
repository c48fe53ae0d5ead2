import { CatalogueQuery } from '@leerbudget/contract';
import { Hono } from 'hono';
import { CatalogueBodyCache } from '../catalogue/catalogue-body-cache.js';
import { acceptsGzip } from '../http/accept-encoding.js';
import { PUBLIC_CACHE } from '../http/cache-headers.js';
import { ifNoneMatchHits } from '../http/etag.js';
import { parseQuery } from '../http/query.js';
import type { Store } from '../store.js';

/**
 * `"v12"`, `"v12-since10"`; one provider's catalogue names it: `"v12-pacme"`, `"v12-pacme-since10"`. The id
 * is URI-encoded with `-` encoded too, so it is a valid tag and never runs into the `-since` part.
 */
function catalogueTag(version: string, since: string | undefined, provider: string | undefined): string {
  const scope = provider === undefined ? '' : `-p${encodeURIComponent(provider).replaceAll('-', '%2D')}`;
  return since === undefined ? `"v${version}${scope}"` : `"v${version}${scope}-since${since}"`;
}

/** Every tag a client may hold for this version: the snapshot's, or that of any delta that led to it. */
function holdsVersion(header: string | undefined, version: string, provider: string | undefined): boolean {
  if (header === undefined) return false;
  const snapshotTag = catalogueTag(version, undefined, provider);
  return header
    .split(',')
    .some((candidate) => ifNoneMatchHits(candidate.trim().replace(/-since\d+(?=(-gzip)?"$)/, ''), snapshotTag));
}

/**
 * Not modified when the client holds exactly this representation, or when it asks for the changes
 * since the current version while holding any representation of that version: a client that synced
 * once revalidates with `?since=<its version>` and the tag it got, and there is nothing new to send.
 */
function notModified(
  header: string | undefined,
  version: string,
  since: string | undefined,
  provider: string | undefined,
): boolean {
  if (ifNoneMatchHits(header, catalogueTag(version, since, provider))) return true;
  return since === version && holdsVersion(header, version, provider);
}

/**
 * `GET /v1/catalogue`: snapshot or `?since=` delta with a strong ETag per version; `?provider=` scopes
 * both to one provider, at that provider's own version (a vendor's finder). The route
 * compresses by itself (instead of the compress middleware) so the gzip body is cached per
 * version and the ETag stays strong: the gzip representation gets its own `-gzip` tag.
 */
export function catalogueRoutes(store: Store, now: () => Date): Hono {
  const bodies = new CatalogueBodyCache(store, now);
  const app = new Hono();
  app.get('/v1/catalogue', async (c) => {
    const { since, provider } = parseQuery(CatalogueQuery, c.req.query());
    const gzip = acceptsGzip(c.req.header('Accept-Encoding'));
    const headers: Record<string, string> = { 'Cache-Control': PUBLIC_CACHE, Vary: 'Accept-Encoding' };

    const version = await store.catalogueVersion(provider);
    const currentTag = catalogueTag(version, since, provider);
    if (notModified(c.req.header('If-None-Match'), version, since, provider)) {
      return new Response(null, { status: 304, headers: { ...headers, ETag: withEncoding(currentTag, gzip) } });
    }
    const body = await bodies.get(version, since, provider);
    headers.ETag = withEncoding(catalogueTag(body.version, since, provider), gzip);
    headers['Content-Type'] = 'application/json; charset=utf-8';
    if (!gzip) return new Response(body.json, { status: 200, headers });
    return new Response(await body.gzipped(), { status: 200, headers: { ...headers, 'Content-Encoding': 'gzip' } });
  });
  return app;
}

function withEncoding(tag: string, gzip: boolean): string {
  return gzip ? `${tag.slice(0, -1)}-gzip"` : tag;
}
