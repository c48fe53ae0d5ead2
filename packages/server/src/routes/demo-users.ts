import type { DemoUserList } from '@leerbudget/contract';
import { Hono } from 'hono';
import { demoUsers } from '../demo/employees.js';
import { PRIVATE_CACHE } from '../http/cache-headers.js';

/** `GET /v1/demo/users`: demo mode only, the employees and their tokens for the "view as" switcher. */
export function demoUserRoutes(): Hono {
  const app = new Hono();
  app.get('/v1/demo/users', (c) => {
    const list: DemoUserList = { items: [...demoUsers] };
    c.header('Cache-Control', PRIVATE_CACHE);
    return c.json(list);
  });
  return app;
}
