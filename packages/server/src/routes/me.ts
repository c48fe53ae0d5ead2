import type { Budget, LearningPathList } from '@leerbudget/contract';
import { Hono, type MiddlewareHandler } from 'hono';
import { requireEmployee, type AuthVariables } from '../http/auth.js';
import { PRIVATE_CACHE } from '../http/cache-headers.js';
import { idempotencyKey } from '../http/idempotency-key.js';
import { ProblemError } from '../http/problem.js';
import type { Store } from '../store.js';

/**
 * The personal endpoints: `/v1/me`, `/v1/me/budget`, `/v1/me/learning-paths` (and marking a step done) and
 * `/v1/learning-paths/{id}`.
 */
export function personalRoutes(store: Store, now: () => Date): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();
  const noStore: MiddlewareHandler = async (c, next) => {
    await next();
    c.header('Cache-Control', PRIVATE_CACHE);
  };
  for (const pattern of ['/v1/me', '/v1/me/*', '/v1/learning-paths/*'])
    app.use(pattern, noStore, requireEmployee(store));

  app.get('/v1/me', (c) => c.json(c.var.employee));

  app.get('/v1/me/budget', async (c) => {
    const budget: Budget = {
      userId: c.var.employee.id,
      asOf: now().toISOString(),
      pots: [...(await store.budgetPots(c.var.employee.id))],
    };
    return c.json(budget);
  });

  app.get('/v1/me/learning-paths', async (c) => {
    const list: LearningPathList = { items: await store.learningPaths(c.var.employee.id) };
    return c.json(list);
  });

  app.get('/v1/learning-paths/:id', async (c) => {
    const id = c.req.param('id');
    const owned = await store.learningPath(id);
    if (owned === undefined)
      throw new ProblemError(404, { title: 'Not Found', detail: `There is no learning path with id "${id}".` });
    if (owned.ownerId !== c.var.employee.id) {
      throw new ProblemError(403, { title: 'Forbidden', detail: 'This learning path belongs to someone else.' });
    }
    return c.json(owned.path);
  });

  app.post('/v1/me/learning-paths/:id/steps/:stepId/complete', async (c) => {
    const key = idempotencyKey(c);
    const target = { pathId: c.req.param('id'), stepId: c.req.param('stepId') };
    const done = await store.completeStep(c.var.employee, target, key, now());
    if (done.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(done.path);
  });

  return app;
}
