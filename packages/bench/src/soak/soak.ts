// `pnpm soak`: 200 concurrent clients race for small pots through the real reference server, which is
// killed with SIGKILL mid-run and started again; then every money rule is checked over the whole database.
// Bounded in count (clients x requests) and time (every call gives up after 90 s of retries).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startServer, type ServerOptions } from '@leerbudget/server';
import { freePort, ServerProcess } from './server-process.js';
import { runWorkload, type ClientRecord } from './soak-clients.js';
import { soakCourse, soakEmployees, type SoakShape } from './soak-data.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    requests: { type: 'string', default: '20' },
    employees: { type: 'string', default: '20' },
    postgres: { type: 'string' },
    only: { type: 'string' },
  },
});
const shape: SoakShape = {
  clients: Number(values.clients),
  requestsPerClient: Number(values.requests),
  employees: Number(values.employees),
};
const postgresUrl = values.postgres ?? process.env.LB_SOAK_POSTGRES_URL;

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

/** Opens the database in this process (no HTTP), for seeding before and checking after. */
async function withStore<T>(
  database: Pick<ServerOptions, 'databaseUrl' | 'dataDir'>,
  work: (store: Awaited<ReturnType<typeof startServer>>['store']) => Promise<T>,
  reset = false,
): Promise<T> {
  const server = await startServer({ ...database, port: 0, seed: 'none', demo: false, resetDatabase: reset });
  try {
    return await work(server.store);
  } finally {
    await server.close();
  }
}

async function soak(label: string, database: { url?: string; dataDir?: string }): Promise<boolean> {
  const options = {
    ...(database.url ? { databaseUrl: database.url } : {}),
    ...(database.dataDir ? { dataDir: database.dataDir } : {}),
  };
  await withStore(
    options,
    async (store) => {
      await store.upsertCourse(soakCourse());
      await store.replaceEmployees(soakEmployees(shape));
    },
    database.url !== undefined,
  );

  const server = new ServerProcess(await freePort(), database);
  await server.start();
  const planned = shape.clients * shape.requestsPerClient;
  let killed: Promise<void> | undefined;
  let downMs = 0;
  const started = performance.now();
  const record: ClientRecord = await runWorkload(shape, {
    base: () => server.url,
    onCreateDone: (done) => {
      if (killed === undefined && done >= planned * 0.4) {
        // Mid-run: no warning, no shutdown; the clients keep retrying with their keys until it is back.
        killed = (async () => {
          const down = performance.now();
          await server.kill9();
          await server.start();
          downMs = performance.now() - down;
        })();
      }
    },
  });
  await killed;
  const seconds = (performance.now() - started) / 1000;
  await server.stop();

  const { invariants, missing } = await withStore(options, async (store) => {
    let lacking = 0;
    for (const [employee, ids] of record.created) {
      const stored = new Set(
        (await store.requests.listOwn({ id: employee, displayName: employee })).map((request) => request.id),
      );
      for (const id of ids) if (!stored.has(id)) lacking += 1;
    }
    return { invariants: await store.requests.invariants(), missing: lacking };
  });
  const retriedTwice = [...record.retriedKeys.values()].filter((ids) => ids.size > 1).length;
  const latencies = [...record.latenciesMs].sort((a, b) => a - b);
  const created = [...record.created.values()].reduce((sum, ids) => sum + ids.size, 0);
  const checks = {
    overdrafts: invariants.overdrafts,
    'double reservations from retried keys': retriedTwice + invariants.doubleReservations,
    'requests seen as 201 but missing from the database': missing,
    'ledger sum differs from pot balance': invariants.ledgerMismatches + invariants.requestMismatches,
    'seats below zero (or counted wrong)': invariants.seatMismatches,
  };
  const statuses = [...record.statusCounts]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  console.log(`
${label}: ${shape.clients} clients x ${shape.requestsPerClient} requests, ${shape.employees} employees sharing pots of € 600
  ${record.httpAnswers} HTTP answers in ${seconds.toFixed(1)} s = ${(record.httpAnswers / seconds).toFixed(0)} requests/s; latency p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms
  ${created} requests created; answers ${statuses}; ${record.networkErrors} dropped or refused connections; killed with SIGKILL at 40 %, back after ${(downMs / 1000).toFixed(1)} s
  ${record.retriedKeys.size} keys retried after a dropped answer`);
  for (const [name, count] of Object.entries(checks)) console.log(`  ${name.padEnd(52)} ${count}`);
  return Object.values(checks).every((count) => count === 0);
}

let ok = true;
if (values.only !== 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'lb-soak-pglite-'));
  try {
    ok = (await soak('PGlite', { dataDir })) && ok;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
if (values.only !== 'pglite') {
  if (postgresUrl) ok = (await soak('PostgreSQL', { url: postgresUrl })) && ok;
  else console.log('\nPostgreSQL: skipped (set LB_SOAK_POSTGRES_URL or --postgres to a database the soak may wipe)');
}
console.log(ok ? '\nsoak: every invariant holds' : '\nsoak: an invariant is broken');
process.exit(ok ? 0 : 1);
