import { INSIGHT_GROUPINGS, IsoDate } from '@leerbudget/contract';
import { Hono, type MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { requireEmployee, type AuthVariables } from '../http/auth.js';
import { PRIVATE_CACHE } from '../http/cache-headers.js';
import { invalidParams, parseQuery } from '../http/query.js';
import { isoDateAfter } from '../calendar.js';
import type { Store } from '../store.js';

const TeamQuery = z.object({ managerId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))) });

const InsightsQuery = z.object({
  groupBy: z._default(z.enum(INSIGHT_GROUPINGS), 'department'),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
});

/** Longest period one answer covers: three years of months is already a long chart. */
const MAX_DAYS = 3 * 366;

/** The first day of the month eleven months before `to`: with `to`'s own month, twelve months. */
function twelveMonthsBefore(to: string): string {
  const [year, month] = to.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
}

/**
 * `GET /v1/team/budgets` (a manager's direct reports; HR for any manager) and `GET /v1/organisation/insights`
 * (HR only, groups of five or more). The store checks who may see what on every call.
 */
export function insightRoutes(store: Store, now: () => Date): Hono<{ Variables: AuthVariables }> {
  const app = new Hono<{ Variables: AuthVariables }>();
  const noStore: MiddlewareHandler = async (c, next) => {
    await next();
    c.header('Cache-Control', PRIVATE_CACHE);
  };
  // Undecided requests past their deadline expire first, so "open requests" is true.
  const expireFirst: MiddlewareHandler = async (_c, next) => {
    await store.requests.expireOverdue(now());
    await next();
  };
  app.use('/v1/team/*', noStore, requireEmployee(store), expireFirst);
  app.use('/v1/organisation/*', noStore, requireEmployee(store), expireFirst);

  app.get('/v1/team/budgets', async (c) => {
    const query = parseQuery(TeamQuery, c.req.query());
    const at = now();
    return c.json(
      await store.teamBudgets(c.var.employee, {
        ...(query.managerId === undefined ? {} : { managerId: query.managerId }),
        today: isoDateAfter(at, 0),
        asOf: at.toISOString(),
      }),
    );
  });

  app.get('/v1/organisation/insights', async (c) => {
    const query = parseQuery(InsightsQuery, c.req.query());
    const at = now();
    const to = query.to ?? isoDateAfter(at, 0);
    const from = query.from ?? twelveMonthsBefore(to);
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (days < 0) throw invalidParams([{ name: 'from', reason: 'Choose a first day on or before the last day (to).' }]);
    if (days > MAX_DAYS) throw invalidParams([{ name: 'from', reason: 'Choose a period of at most three years.' }]);
    return c.json(
      await store.organisationInsights(c.var.employee, { groupBy: query.groupBy, from, to, asOf: at.toISOString() }),
    );
  });

  return app;
}
