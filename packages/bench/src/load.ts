/**
 * Load on the reference server: `GET /v1/me/budget` with a demo employee's token, from autocannon on
 * loopback (50 connections, 10 s) against PGlite. The server runs in a process of its own, so the load
 * generator does not share its event loop. Prints req/s and p99 latency against the goal (≥ 2,000 req/s
 * at p99 ≤ 25 ms). Not a test: the numbers depend on the machine.
 */
import { fork } from 'node:child_process';
import autocannon from 'autocannon';

const GOAL_REQUESTS_PER_SECOND = 2_000;
const GOAL_P99_MS = 25;

const child = fork(new URL('./load-server.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
const serverUrl = await new Promise<string>((resolve, reject) => {
  child.once('message', (message) => resolve((message as { url: string }).url));
  child.once('exit', (code) => reject(new Error(`the server stopped (exit ${code})`)));
});
try {
  const url = `${serverUrl}/v1/me/budget`;
  const options = { url, connections: 50, duration: 10, headers: { authorization: 'Bearer demo-anna' } };
  await autocannon({ ...options, duration: 2 }); // warm-up: JIT, PGlite's caches
  const result = await autocannon(options);
  const failures = result.non2xx + result.errors + result.timeouts;
  const requestsPerSecond = result.requests.average;
  const p99 = result.latency.p99;
  console.log(
    `\nLoad: GET /v1/me/budget, PGlite, ${options.connections} connections, ${options.duration} s on loopback`,
  );
  console.log(
    `  ${requestsPerSecond.toFixed(0)} req/s (goal ≥ ${GOAL_REQUESTS_PER_SECOND}), p99 ${p99} ms (goal ≤ ${GOAL_P99_MS}), p50 ${result.latency.p50} ms, ${failures} failed`,
  );
  const met = requestsPerSecond >= GOAL_REQUESTS_PER_SECOND && p99 <= GOAL_P99_MS && failures === 0;
  console.log(`  goal ${met ? 'met' : 'NOT met'}`);
} finally {
  child.disconnect();
}
