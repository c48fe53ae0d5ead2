import type { Me } from '@leerbudget/contract';
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store.js';
import { ProblemError } from './problem.js';

/** Hono variables set by {@link requireEmployee}. */
export interface AuthVariables {
  employee: Me;
}

function unauthorized(detail: string, error?: 'invalid_token'): ProblemError {
  const challenge = error === undefined ? 'Bearer realm="leerbudget"' : `Bearer realm="leerbudget", error="${error}"`;
  return new ProblemError(401, { title: 'Unauthorized', detail }, { 'WWW-Authenticate': challenge });
}

/** Answers 401 unless the request carries a bearer token of a known employee, who is then `c.var.employee`. */
export function requireEmployee(store: Store): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    // Route groups overlap (`/v1/me/*`): the first check of a request is enough.
    if (c.get('employee') !== undefined) return next();
    const header = c.req.header('Authorization');
    const match = header === undefined ? null : /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (match === null) throw unauthorized('Sign in to see this. Send a bearer token in the Authorization header.');
    const employee = await store.employeeByToken(match[1]!);
    if (employee === undefined)
      throw unauthorized('This token is not valid (any more). Sign in again.', 'invalid_token');
    c.set('employee', employee);
    await next();
  };
}
