import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import { PUBLIC_CACHE } from '../http/cache-headers.js';

let document: string | undefined;

/** The contract's own OpenAPI file, read once, so the served document can never drift from it. */
function openApiDocument(): string {
  document ??= readFileSync(createRequire(import.meta.url).resolve('@leerbudget/contract/openapi.json'), 'utf8');
  return document;
}

/** `GET /openapi.json`: the contract this server implements. */
export function openApiRoutes(): Hono {
  const app = new Hono();
  app.get(
    '/openapi.json',
    () =>
      new Response(openApiDocument(), {
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': PUBLIC_CACHE },
      }),
  );
  return app;
}
