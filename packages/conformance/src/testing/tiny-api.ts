import type { Budget, CatalogueSnapshot, Course, Discovery, Me } from '@leerbudget/contract';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';

/**
 * The tiny API used to try docs/guides/build-a-compliant-api.md from scratch: first as someone would write
 * it from the OpenAPI document alone (`followGuide: false`), then with the fixes the guide names.
 */
export interface TinyApiOptions {
  followGuide: boolean;
}

const TOKEN = 'tiny-employee';
const course: Course = {
  id: 'tiny-excel',
  title: 'Excel voor beginners',
  summary: 'Twee dagen Excel.',
  description: 'Twee dagen Excel, met oefeningen.',
  provider: { id: 'tiny', name: 'Tiny Opleidingen', certifications: [] },
  topics: ['kantoor'],
  skills: [],
  level: 'beginner',
  languages: ['nl'],
  format: 'classroom',
  durationHours: 14,
  price: { amount: 39500, currency: 'EUR', vatIncluded: true },
  fundingTags: [],
  offerings: [
    { id: 'tiny-excel-1', start: '2027-02-01', end: '2027-02-02', location: { city: 'Zwolle' }, seatsLeft: 8 },
  ],
  url: 'https://tiny.example/excel',
  updatedAt: '2026-11-01T09:00:00Z',
};
const retired = 'tiny-word';
const me: Me = { id: 'tiny-1', displayName: 'Tineke', locale: 'nl', manages: [] };
const budget: Budget = {
  userId: 'tiny-1',
  asOf: '2026-11-23T10:00:00Z',
  pots: [
    {
      id: 'tiny-pot',
      name: 'Opleidingsbudget',
      kind: 'personal',
      funder: { name: 'Tiny BV' },
      unit: 'money',
      currency: 'EUR',
      total: 100000,
      spent: 0,
      reserved: 0,
      available: 100000,
      validFrom: null,
      expiresAt: null,
      carryOver: false,
      priority: 1,
      rules: { coveragePercent: 100, requiresCertifiedProvider: false, requiresApproval: false },
    },
  ],
};
/** Version 2 added the course; version 1 had the course that was later removed. */
const VERSION = '2';

function problem(c: Context, status: 401 | 404, title: string, detail: string, headers: Record<string, string> = {}) {
  return c.body(JSON.stringify({ type: 'about:blank', title, status, detail }), status, {
    'content-type': 'application/problem+json',
    ...headers,
  });
}

export function tinyApi(options: TinyApiOptions): Hono {
  const app = new Hono();
  const guide = options.followGuide;
  if (guide) {
    // Guide section 6 (CORS) and section 3 (ETag and 304).
    app.use(
      cors({
        origin: '*',
        allowHeaders: [
          'Authorization',
          'Content-Type',
          'If-None-Match',
          'If-Match',
          'Idempotency-Key',
          'Accept-Language',
        ],
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        exposeHeaders: ['ETag', 'Retry-After', 'WWW-Authenticate'],
        maxAge: 600,
      }),
    );
    app.use('/v1/catalogue', etag());
  }
  const discovery: Discovery = {
    apiVersion: '1',
    contractVersion: '1.0.0',
    name: 'Tiny',
    capabilities: ['budget', 'catalogue'],
    catalogue: { snapshot: true, delta: true, courseCount: 1 },
  };
  app.get('/v1', (c) => c.json(discovery));
  app.get('/v1/catalogue', (c) => {
    const { description: _description, ...summary } = course;
    const since = c.req.query('since');
    if (guide && since !== undefined) {
      // Guide section 3: a delta with the tombstones after `since`.
      const delta: CatalogueSnapshot = {
        kind: 'delta',
        generatedAt: new Date().toISOString(),
        version: VERSION,
        courses: Number(since) < Number(VERSION) ? [summary] : [],
        deleted: Number(since) < 1 ? [retired] : [],
      };
      return c.json(delta);
    }
    const snapshot: CatalogueSnapshot = {
      kind: 'snapshot',
      generatedAt: '2026-11-23T10:00:00Z',
      version: VERSION,
      courses: [summary],
      deleted: [],
    };
    return c.json(snapshot);
  });
  app.get('/v1/courses', (c) => {
    const { description: _description, ...summary } = course;
    return c.json({ items: [summary], nextCursor: null });
  });
  app.get('/v1/courses/:id', (c) =>
    c.req.param('id') === course.id
      ? c.json(course)
      : guide
        ? problem(c, 404, 'Not Found', 'There is no such course.')
        : c.json({ error: 'not found' }, 404),
  );
  const requireToken = async (c: Context, next: () => Promise<void>) => {
    if (c.req.header('authorization') === `Bearer ${TOKEN}`) return next();
    // Guide section 5: 401 with a Bearer challenge and a problem body.
    if (guide) return problem(c, 401, 'Unauthorized', 'Sign in first.', { 'www-authenticate': 'Bearer realm="tiny"' });
    return c.json({ error: 'unauthorized' }, 401);
  };
  app.use('/v1/me', requireToken);
  app.use('/v1/me/*', requireToken);
  app.get('/v1/me', (c) => c.json(me));
  app.get('/v1/me/budget', (c) => c.json(budget));
  // Guide section 4: even unknown paths answer problem+json.
  if (guide) app.notFound((c) => problem(c, 404, 'Not Found', `There is nothing at ${c.req.path}.`));
  return app;
}

export const TINY_TOKEN = TOKEN;
