/**
 * `pnpm bench:insights`: HR's `GET /v1/organisation/insights` on an organisation of 10,000 people with 100,000
 * ledger entries, on PGlite and (with LB_BENCH_POSTGRES_URL, a database it may wipe) on PostgreSQL. Prints p50 and
 * p95 response time over HTTP on loopback against the goal (p95 ≤ 200 ms). Not a test: the numbers depend on the
 * machine.
 */
import { performance } from 'node:perf_hooks';
import { generateOrganisation, startServer, type Organisation } from '@leerbudget/server';

const PEOPLE = 10_000;
const LEDGER_ENTRIES = 100_000;
const RUNS = 30;
const GOAL_P95_MS = 200;
const DAY_MS = 86_400_000;

/**
 * The generated organisation, padded to exactly {@link LEDGER_ENTRIES} with a year's churn: money held by a request
 * and released again (cancelled or declined), on live pots, on days spread over the past year. The pads change no
 * pot's numbers, only how much ledger the queries read.
 */
function organisation(today: Date): Organisation {
  const org = generateOrganisation(today, PEOPLE);
  let count = org.pots.reduce((sum, pot) => sum + pot.entries.length, 0);
  const live = org.pots.filter((pot) => pot.definition.unit === 'money');
  for (let index = 0; count < LEDGER_ENTRIES; index += 1) {
    const pot = live[(index * 7919) % live.length]!;
    const at = new Date(today.getTime() - ((index * 37) % 360) * DAY_MS).toISOString();
    const amount = 100 * (1 + (index % 5));
    pot.entries.push({ kind: 'reserved', amount, at }, { kind: 'released', amount, at });
    count += 2;
  }
  return org;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

async function measure(label: string, options: { databaseUrl?: string }) {
  const today = new Date();
  const server = await startServer({
    port: 0,
    seed: 'demo',
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl, resetDatabase: true } : {}),
  });
  try {
    const org = organisation(today);
    const seedStart = performance.now();
    await server.store.replaceOrganisation(org);
    const entries = org.pots.reduce((sum, pot) => sum + pot.entries.length, 0);
    console.log(
      `\n${label}: ${org.employees.length} people, ${org.pots.length} pots, ${entries} ledger entries, ${org.requests.length} requests (seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s)`,
    );
    for (const groupBy of ['department', 'potKind']) {
      const url = `${server.url}/v1/organisation/insights?groupBy=${groupBy}`;
      const call = async () => {
        const response = await fetch(url, { headers: { authorization: 'Bearer demo-hanna' } });
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
        return (await response.json()) as { groups: unknown[] };
      };
      for (let warm = 0; warm < 3; warm += 1) await call();
      const times: number[] = [];
      let groups = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const start = performance.now();
        groups = (await call()).groups.length;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 0.95);
      console.log(
        `  groupBy=${groupBy.padEnd(10)} ${groups} groups  p50 ${percentile(times, 0.5).toFixed(0)} ms  p95 ${p95.toFixed(0)} ms  (goal p95 ≤ ${GOAL_P95_MS} ms: ${p95 <= GOAL_P95_MS ? 'met' : 'NOT met'}; ${RUNS} sequential calls)`,
      );
    }
  } finally {
    await server.close();
  }
}

await measure('PGlite (in memory)', {});
const postgres = process.env.LB_BENCH_POSTGRES_URL;
if (postgres) await measure('PostgreSQL', { databaseUrl: postgres });
else console.log('\nPostgreSQL: skipped (set LB_BENCH_POSTGRES_URL to a database it may wipe)');
