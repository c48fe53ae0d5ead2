import { API_VERSION, CAPABILITIES, CONTRACT_VERSION, type Discovery } from '@leerbudget/contract';
import { Hono } from 'hono';
import { PUBLIC_CACHE } from '../http/cache-headers.js';
import type { Store } from '../store.js';

/** `GET /v1`: what this server supports. */
export function discoveryRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/v1', async (c) => {
    const discovery: Discovery = {
      apiVersion: API_VERSION,
      contractVersion: CONTRACT_VERSION,
      name: 'Leerbudget reference server',
      // The reference server implements every capability the contract names.
      capabilities: [...CAPABILITIES],
      catalogue: { snapshot: true, delta: true, courseCount: await store.courseCount() },
    };
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.json(discovery);
  });
  return app;
}
