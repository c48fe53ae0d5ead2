// Starts the real reference server and the fault server once per test run, and lets browser tests
// talk to them through `executeServerCommand` from @web/test-runner-commands.
import { startFaultServer } from './fault-server.mjs';

export function leerbudgetServersPlugin() {
  let api;
  let faults;
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
    },
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'lb-servers':
          return { apiBase: api.url, faultBase: faults.url };
        case 'lb-store':
          // Calls a method of the reference server's store, e.g. upsertCourse, to change data mid-test.
          // Wrapped: a command that returns undefined or null counts as "unknown command".
          return { value: (await api.store[payload.method](...(payload.args ?? []))) ?? null };
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
