import { CheckFailure, CheckSkipped, type CheckContext, type CheckResult } from './check.js';
import { CHECKS } from './checks.js';

/** Options of {@link runConformance}. */
export interface ConformanceOptions {
  /** The API base, for example `https://api.example.nl` (without `/v1`). */
  base: string;
  /** A bearer token of a test employee, for the personal and write checks. */
  token?: string;
  /** A bearer token of an approver, for the approval checks (reserved for the approvals capability). */
  approverToken?: string;
  /** Run the checks that create and cancel requests on the test employee. Default false. */
  writes?: boolean;
  /** Only these check ids (discovery always runs first). */
  only?: readonly string[];
  fetch?: typeof fetch;
}

/** Runs the checks one after another and returns one result per check. Never throws for a failing API. */
export async function runConformance(options: ConformanceOptions): Promise<CheckResult[]> {
  const context: CheckContext = {
    base: options.base.replace(/\/+$/, '').replace(/\/v1$/, ''),
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.approverToken === undefined ? {} : { approverToken: options.approverToken }),
    fetch: options.fetch ?? fetch,
  };
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    if (options.only !== undefined && check.id !== 'discovery' && !options.only.includes(check.id)) continue;
    const base = { id: check.id, title: check.title };
    if (check.writes === true && options.writes !== true) {
      results.push({ ...base, status: 'skip', reason: 'changes data: run with --writes against a test employee' });
      continue;
    }
    try {
      await check.run(context);
      results.push({ ...base, status: 'pass' });
    } catch (error) {
      if (error instanceof CheckSkipped) results.push({ ...base, status: 'skip', reason: error.message });
      else if (error instanceof CheckFailure)
        results.push({ ...base, status: 'fail', expected: error.expected, got: error.got, hint: error.hint });
      else
        results.push({
          ...base,
          status: 'fail',
          expected: 'the check to run',
          got: `an error in the checker: ${(error as Error).message}`,
          hint: 'Report this to the Leerbudget maintainers.',
        });
    }
  }
  return results;
}

/** True when no check failed (skipped checks do not count against the API). */
export function allPassed(results: readonly CheckResult[]): boolean {
  return results.every((result) => result.status !== 'fail');
}
