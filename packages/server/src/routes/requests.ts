import { CreateRequestBody, DecisionBody, type CourseRequest, type CourseRequestList } from '@leerbudget/contract';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { requireEmployee, type AuthVariables } from '../http/auth.js';
import { PRIVATE_CACHE } from '../http/cache-headers.js';
import { idempotencyKey } from '../http/idempotency-key.js';
import { ProblemError } from '../http/problem.js';
import { invalidParams, parseQuery } from '../http/query.js';
import { requestEtag } from '../requests/request-rows.js';
import type { Store } from '../store.js';

type Env = { Variables: AuthVariables };

const HistoryQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
  cursor: z.optional(z.string().check(z.regex(/^\d{1,18}$/))),
});

/** Reads a JSON body with a contract schema; a body that is not JSON, or not valid, is a 400 naming the fields. */
async function parseBody<T>(c: Context, schema: z.ZodMiniType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new ProblemError(400, { title: 'Bad Request', detail: 'The body must be JSON.' });
  }
  const result = z.safeParse(schema, json);
  if (result.success) return result.data;
  throw invalidParams(
    result.error.issues.map((issue) => ({ name: issue.path.join('.') || 'body', reason: issue.message })),
  );
}

function answer(c: Context, request: CourseRequest, status: 200 | 201 = 200): Response {
  c.header('ETag', requestEtag(request.version));
  return c.json(request, status);
}

/**
 * Requests, approvals, completion and the pot ledger. Who may act is decided by the store from the token's user
 * on every write: nobody acts on another person's request, and an approver sees only their own queue.
 */
export function requestRoutes(store: Store, now: () => Date): Hono<Env> {
  const app = new Hono<Env>();
  // Expiry needs no scheduler: undecided requests past their deadline are expired before anything is read or written.
  const expireFirst: MiddlewareHandler = async (_c, next) => {
    await store.requests.expireOverdue(now());
    await next();
  };
  const noStore: MiddlewareHandler = async (c, next) => {
    await next();
    c.header('Cache-Control', PRIVATE_CACHE);
  };
  for (const pattern of [
    '/v1/me/requests',
    '/v1/me/requests/*',
    '/v1/approvals',
    '/v1/approvals/*',
    '/v1/requests/*',
  ]) {
    app.use(pattern, noStore, requireEmployee(store), expireFirst);
  }
  for (const pattern of ['/v1/me/budget', '/v1/me/budget/*'])
    app.use(pattern, noStore, requireEmployee(store), expireFirst);

  app.get('/v1/me/requests', async (c) => {
    const list: CourseRequestList = { items: await store.requests.listOwn(c.var.employee) };
    return c.json(list);
  });

  app.post('/v1/me/requests', async (c) => {
    const key = idempotencyKey(c);
    const body = await parseBody(c, CreateRequestBody);
    const created = await store.requests.create(c.var.employee, key, body, now());
    if (created.replayed) c.header('Idempotent-Replayed', 'true');
    return answer(c, created.request, 201);
  });

  app.post('/v1/me/requests/:id/cancel', async (c) =>
    answer(c, await store.requests.cancel(c.var.employee, c.req.param('id'), now())),
  );

  app.get('/v1/approvals', async (c) => {
    const list: CourseRequestList = { items: await store.requests.listApprovals(c.var.employee) };
    return c.json(list);
  });

  app.post('/v1/approvals/:id/decision', async (c) => {
    const ifMatch = c.req.header('If-Match');
    if (ifMatch === undefined) {
      throw new ProblemError(428, {
        title: 'Precondition Required',
        detail: "Send the request's ETag as If-Match, so two decisions can never both count.",
      });
    }
    const decision = await parseBody(c, DecisionBody);
    if (decision.decision === 'decline' && (decision.note ?? '').trim() === '') {
      throw invalidParams([{ name: 'note', reason: 'Say why you decline, so the employee knows what to do next.' }]);
    }
    return answer(c, await store.requests.decide(c.var.employee, c.req.param('id'), decision, ifMatch, now()));
  });

  app.post('/v1/requests/:id/complete', async (c) =>
    answer(c, await store.requests.complete(c.var.employee, c.req.param('id'), now())),
  );

  app.get('/v1/me/budget/pots/:id/history', async (c) => {
    const query = parseQuery(HistoryQuery, c.req.query());
    const page = { limit: query.limit, ...(query.cursor === undefined ? {} : { beforeId: query.cursor }) };
    return c.json(await store.requests.history(c.var.employee, c.req.param('id'), page));
  });

  return app;
}
