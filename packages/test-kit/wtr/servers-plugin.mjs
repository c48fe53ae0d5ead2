// Starts the real reference server and the fault server once per test run, and lets browser tests
// talk to them through `executeServerCommand` from @web/test-runner-commands.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFaultServer } from './fault-server.mjs';

/** Courses of the large catalogue some tests need (the bench's "100k"). */
const LARGE_CATALOGUE = 100_000;

function startLargeCatalogueServer(courses) {
  const child = fork(fileURLToPath(new URL('./large-catalogue-server.mjs', import.meta.url)), [String(courses)]);
  return new Promise((resolve, reject) => {
    child.once('message', ({ url }) => resolve({ url, close: async () => child.disconnect() }));
    child.once('exit', (code) => reject(new Error(`the large catalogue server stopped (exit ${code})`)));
  });
}

export function leerbudgetServersPlugin() {
  let api;
  let faults;
  /** A second reference server holding only synthetic courses; started on first ask (it takes seconds). */
  let large;
  return {
    name: 'leerbudget-servers',
    async serverStart() {
      const { startServer } = await import('@leerbudget/server');
      // A small generated organisation (the demo has 2,000 people): enough departments of five or more for
      // HR's charts, quick to seed.
      api = await startServer({ port: 0, seed: 'demo', organisation: 300 });
      faults = await startFaultServer(api.url);
    },
    async serverStop() {
      await faults?.close();
      await api?.close();
      await (await large)?.close();
    },
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'lb-servers':
          return { apiBase: api.url, faultBase: faults.url };
        case 'lb-store':
          // Calls a method of the reference server's store, e.g. upsertCourse, to change data mid-test.
          // Wrapped: a command that returns undefined or null counts as "unknown command".
          return { value: (await api.store[payload.method](...(payload.args ?? []))) ?? null };
        case 'lb-large-catalogue': {
          // Answers at once (a command must answer within seconds): the browser asks again until it runs.
          large ??= startLargeCatalogueServer(LARGE_CATALOGUE);
          const running = await Promise.race([large, new Promise((resolve) => setTimeout(resolve, 1000))]);
          return running ? { apiBase: running.url, courses: LARGE_CATALOGUE } : { starting: true };
        }
        case 'lb-fault-program':
          faults.program(payload);
          return true;
        case 'lb-fault-log':
          return faults.log(payload);
        case 'lb-fault-release':
          faults.release(payload);
          return true;
        default:
          return undefined;
      }
    },
  };
}
