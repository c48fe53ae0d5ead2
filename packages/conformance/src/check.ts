import type { Discovery } from '@leerbudget/contract';

/** How one check ended. A failure says what was expected, what came back and how to fix it. */
export type CheckResult =
  | { id: string; title: string; status: 'pass' }
  | { id: string; title: string; status: 'fail'; expected: string; got: string; hint: string }
  | { id: string; title: string; status: 'skip'; reason: string };

/** What a check knows about the API under test. */
export interface CheckContext {
  /** The API base without a trailing slash, for example `https://api.example.nl`. */
  base: string;
  token?: string;
  approverToken?: string;
  /** `GET /v1` as parsed, when the discovery check passed. */
  discovery?: Discovery;
  fetch: typeof fetch;
}

/** A failure, thrown inside a check; the runner turns it into a `fail` result. */
export class CheckFailure extends Error {
  constructor(
    readonly expected: string,
    readonly got: string,
    readonly hint: string,
  ) {
    super(`expected ${expected}, got ${got}`);
  }
}

/** A check is skipped, not failed, when what it tests does not apply (no token, a capability not announced). */
export class CheckSkipped extends Error {}

export interface Check {
  id: string;
  title: string;
  /** Only with `--writes`: the check changes data on the API. */
  writes?: boolean;
  run(context: CheckContext): Promise<void>;
}

export function fail(expected: string, got: string, hint: string): never {
  throw new CheckFailure(expected, got, hint);
}

export function skip(reason: string): never {
  throw new CheckSkipped(reason);
}

/** Skips when discovery does not announce a capability. */
export function requireCapability(context: CheckContext, capability: string): void {
  if (context.discovery === undefined) skip('discovery (GET /v1) failed, so capabilities are unknown');
  if (!context.discovery.capabilities.includes(capability as never))
    skip(`the API does not announce the \`${capability}\` capability`);
}

export function requireToken(context: CheckContext): string {
  if (context.token === undefined) skip('no --token given for a test employee');
  return context.token;
}

export function requireApproverToken(context: CheckContext): string {
  if (context.approverToken === undefined) skip('no --approver-token given for the test employee’s approver');
  return context.approverToken;
}
