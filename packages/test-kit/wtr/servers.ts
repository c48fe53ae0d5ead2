/**
 * Browser-side helpers for tests: where the reference and fault servers listen, and how to steer them.
 * Import from test files as `@leerbudget/test-kit/servers`.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface TestServers {
  /** The real reference server with demo data. */
  apiBase: string;
  /** The programmable fault server; `${faultBase}/<scenario>/v1/...` passes through to the API by default. */
  faultBase: string;
}

export interface FaultStep {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
  /** Never answer. */
  hang?: boolean;
  /** Answer without CORS headers: the browser sees a network error, as when offline. */
  unreachable?: boolean;
  /** Answer with what the reference server answers. */
  proxy?: boolean;
  /** Wait until `releaseHold(name)` before answering. */
  hold?: string;
  /** Answer only a request to this path (e.g. `/v1/me/learning-paths`); other requests pass this step by. */
  path?: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  at: number;
  /** The status answered, once the answer has started (absent while held or hanging; 0 when unreachable). */
  status?: number;
}

export function testServers(): Promise<TestServers> {
  return executeServerCommand<TestServers, undefined>('lb-servers');
}

/** Programs a fault scenario and returns its base URL (use it as an API base). */
export async function programFaults(
  scenario: string,
  steps: FaultStep[],
  fallback: FaultStep = { proxy: true },
): Promise<string> {
  await executeServerCommand('lb-fault-program', { scenario, steps, fallback });
  const { faultBase } = await testServers();
  return `${faultBase}/${scenario}`;
}

export function faultLog(scenario: string): Promise<LoggedRequest[]> {
  return executeServerCommand<LoggedRequest[], unknown>('lb-fault-log', { scenario });
}

export function releaseHold(hold: string): Promise<boolean> {
  return executeServerCommand<boolean, unknown>('lb-fault-release', { hold });
}

/** Calls a method of the reference server's store (e.g. `upsertCourse`, `deleteCourse`). */
export async function callStore<T = unknown>(method: string, ...args: unknown[]): Promise<T> {
  const { value } = await executeServerCommand<{ value: T }, unknown>('lb-store', { method, args });
  return value;
}

/**
 * A reference server whose catalogue holds 100,000 synthetic courses (and nothing else). Started on
 * the first call, which takes a while: give that test a generous limit.
 */
export async function largeCatalogueServer(): Promise<{ apiBase: string; courses: number }> {
  for (;;) {
    const answer = await executeServerCommand<{ apiBase: string; courses: number } | { starting: true }, undefined>(
      'lb-large-catalogue',
    );
    if ('apiBase' in answer) return answer;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
