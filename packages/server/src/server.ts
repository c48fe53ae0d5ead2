import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { Database } from './db/database.js';
import { dropSchema, migrate } from './db/migrate.js';
import { openPgliteDatabase } from './db/pglite-database.js';
import { openPostgresDatabase } from './db/postgres-database.js';
import { seedDemo, seedSyntheticCourses } from './seed.js';
import { Store } from './store.js';

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Port to listen on; `0` picks a free one. Default 8787. */
  port?: number;
  /** Default `127.0.0.1`. */
  hostname?: string;
  /** PGlite data directory; `undefined` keeps the database in memory. Ignored with `databaseUrl`. */
  dataDir?: string;
  /** PostgreSQL connection string: use a real PostgreSQL instead of PGlite. */
  databaseUrl?: string;
  /** Drop the server's tables before migrating (for test runs on a shared PostgreSQL). Default false. */
  resetDatabase?: boolean;
  /** `demo` (default) writes the demo courses and employees; `none` leaves the data alone. */
  seed?: 'demo' | 'none';
  /**
   * People in the generated organisation around the demo employees (with `seed: 'demo'`), for HR's insights.
   * Default 0; the demo (`pnpm start`, the command line) uses 2,000.
   */
  organisation?: number;
  /** Extra synthetic courses to add, for benchmarks. Default 0. */
  courses?: number;
  /** Origins allowed to call from a browser. Default: any origin (without credentials) in demo mode, none otherwise. */
  corsOrigins?: string[];
  /** Serve the demo-only routes. Default: true when `seed` is `demo`. */
  demo?: boolean;
  /** The day demo dates are relative to, and the clock of the API. Default: now. */
  today?: Date;
}

/** A running server. */
export interface RunningServer {
  /** Base URL such as `http://127.0.0.1:43123`. */
  url: string;
  store: Store;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

async function openDatabase(options: ServerOptions): Promise<Database> {
  if (options.databaseUrl !== undefined) return openPostgresDatabase(options.databaseUrl);
  return openPgliteDatabase(options.dataDir);
}

/** Opens and migrates the database, without seeding or serving: for the `import` command. */
export async function openStore(options: Pick<ServerOptions, 'databaseUrl' | 'dataDir'>): Promise<Store> {
  const db = await openDatabase(options);
  await migrate(db);
  return new Store(db);
}

/** Opens (and migrates, and seeds) the database and serves the API over HTTP. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const seed = options.seed ?? 'demo';
  const db = await openDatabase(options);
  if (options.resetDatabase === true) await dropSchema(db);
  await migrate(db);
  // The embedded PGlite belongs to this process alone; a PostgreSQL may be shared by several instances.
  const store = new Store(db, { onlyWriter: options.databaseUrl === undefined });
  const today = options.today ?? new Date();
  if (seed === 'demo') await seedDemo(store, today, options.organisation ?? 0);
  await seedSyntheticCourses(store, options.courses ?? 0);

  const app = createApp({
    store,
    demo: options.demo ?? seed === 'demo',
    ...(options.corsOrigins === undefined ? {} : { corsOrigins: options.corsOrigins }),
    ...(options.today === undefined ? {} : { now: () => today }),
  });
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname }, () => resolve(listening));
    listening.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return {
    url: `http://${host}:${port}`,
    store,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // Keep-alive connections would otherwise hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await store.close();
    },
  };
}
