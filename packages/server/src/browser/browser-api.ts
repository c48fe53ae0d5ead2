import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { createApp } from '../app.js';
import { applyMigrations, type Migration } from '../db/apply-migrations.js';
import { pgliteDatabase } from '../db/pglite-adapter.js';
import { seedDemo } from '../seed.js';
import { Store } from '../store.js';
import { provideFile } from './node/fs.js';

/** Options of {@link createBrowserApi}. */
export interface BrowserApiOptions {
  /** The server's `migrations/*.sql`, bundled, as there is no folder to read them from. */
  migrations: readonly Migration[];
  /** The text of `@leerbudget/contract/openapi.json`, served at `/openapi.json`. */
  openApiDocument: string;
  /** Path the API is mounted under on the page's origin, such as `/api`; stripped before routing. */
  basePath: string;
  /** PGlite's wasm and data, fetched by the caller from wherever the host keeps them. */
  pglite: Pick<PGliteOptions, 'pgliteWasmModule' | 'initdbWasmModule' | 'fsBundle'>;
  /** The day demo dates are relative to; defaults to today. */
  today?: Date;
  /** People in the generated organisation around the demo employees; defaults to {@link BROWSER_ORGANISATION_SIZE}. */
  organisation?: number;
}

/**
 * Enough people that HR's insights have groups of five or more in every department but the tiny "Directie",
 * and few enough that the seed stays quick in a service worker.
 */
export const BROWSER_ORGANISATION_SIZE = 300;

/** The reference API in a browser: a fetch handler over an in-memory PGlite with the demo data. */
export interface BrowserApi {
  fetch(request: Request): Promise<Response>;
  /** Throws the data away and seeds the demo data again, as on a fresh start. */
  reset(): Promise<void>;
}

async function openDemoApp(options: BrowserApiOptions) {
  const pglite = new PGlite(options.pglite);
  await pglite.waitReady;
  const db = pgliteDatabase(pglite);
  await applyMigrations(db, options.migrations);
  const store = new Store(db);
  const today = options.today ?? new Date();
  await seedDemo(store, today, options.organisation ?? BROWSER_ORGANISATION_SIZE);
  return { db, app: createApp({ store, demo: true }) };
}

/**
 * Starts the reference server's app in the browser, in memory, with the same routes, store and demo seed as
 * `leerbudget-server --seed demo`. Node built-ins are mapped by the bundler to ./node/*.
 */
export async function createBrowserApi(options: BrowserApiOptions): Promise<BrowserApi> {
  provideFile('@leerbudget/contract/openapi.json', options.openApiDocument);
  let running = openDemoApp(options);
  await running;
  return {
    async fetch(request) {
      const { app } = await running;
      const url = new URL(request.url);
      if (url.pathname.startsWith(options.basePath)) url.pathname = url.pathname.slice(options.basePath.length) || '/';
      const headers = new Headers(request.headers);
      // No transport between page and handler to decode gzip: a synthetic response is handed over as it is.
      headers.delete('Accept-Encoding');
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const routed = new Request(url, {
        method: request.method,
        headers,
        ...(hasBody ? { body: await request.arrayBuffer() } : {}),
      });
      return app.fetch(routed);
    },
    async reset() {
      const previous = await running;
      running = previous.db.close().then(() => openDemoApp(options));
      await running;
    },
  };
}
