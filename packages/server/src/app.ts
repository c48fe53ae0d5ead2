import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { cors } from './http/cors.js';
import { ProblemError, problemResponse } from './http/problem.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { courseRoutes } from './routes/courses.js';
import { demoUserRoutes } from './routes/demo-users.js';
import { discoveryRoutes } from './routes/discovery.js';
import { fundingSchemeRoutes } from './routes/funding-schemes.js';
import { insightRoutes } from './routes/insights.js';
import { personalRoutes } from './routes/me.js';
import { openApiRoutes } from './routes/openapi.js';
import { requestRoutes } from './routes/requests.js';
import type { Store } from './store.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  store: Store;
  /** Demo mode: serves `GET /v1/demo/users` and, without `corsOrigins`, allows any origin. */
  demo: boolean;
  /** Origins allowed to call from a browser; `*` allows any origin without credentials. */
  corsOrigins?: readonly string[];
  /** The clock for `asOf` and `generatedAt`; defaults to the system clock. */
  now?: () => Date;
}

/** The Hono app of the reference server, for in-process use (`app.fetch(request)`) or behind any server. */
export function createApp(options: AppOptions): Hono {
  const now = options.now ?? (() => new Date());
  const app = new Hono();
  app.use(cors({ origins: options.corsOrigins ?? (options.demo ? ['*'] : []) }));
  app.use(compress({ encoding: 'gzip' }));

  app.route('/', discoveryRoutes(options.store));
  app.route('/', catalogueRoutes(options.store, now));
  app.route('/', courseRoutes(options.store));
  app.route('/', fundingSchemeRoutes(options.store, now));
  // Before the personal routes, so an overdue request has expired before the budget is read.
  app.route('/', requestRoutes(options.store, now));
  app.route('/', personalRoutes(options.store, now));
  app.route('/', insightRoutes(options.store, now));
  if (options.demo) app.route('/', demoUserRoutes());
  app.route('/', openApiRoutes());

  app.notFound((c) => problemResponse(404, { title: 'Not Found', detail: `There is nothing at ${c.req.path}.` }));
  app.onError((error) => {
    if (error instanceof ProblemError) return problemResponse(error.status, error.problem, error.headers);
    console.error(error);
    return problemResponse(500, {
      title: 'Internal Server Error',
      detail: 'Something went wrong on the server. Try again later.',
    });
  });
  return app;
}
