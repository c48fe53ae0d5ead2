import type { Problem, RefusalReason, ServerPlan } from '@leerbudget/contract';

/** Names of the error classes, so guards can match errors that crossed a realm or another copy of the SDK. */
export type LeerbudgetErrorName =
  | 'LeerbudgetError'
  | 'HttpError'
  | 'RequestRefusedError'
  | 'NetworkError'
  | 'TimeoutError'
  | 'AbortError'
  | 'ValidationError'
  | 'StorageTimeoutError'
  | 'ConfigurationError';

/**
 * Base of every error the SDK throws. Messages never contain a token.
 */
export class LeerbudgetError extends Error {
  override name: LeerbudgetErrorName = 'LeerbudgetError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The API answered with a status outside 2xx (after retries). */
export class HttpError extends LeerbudgetError {
  override name: 'HttpError' | 'RequestRefusedError' = 'HttpError';
  /** The HTTP status, for example 401 or 503. */
  readonly status: number;
  /** RFC 9457 problem details, when the body carried them. */
  readonly problem: Problem | undefined;
  /** From `Retry-After`, in milliseconds, when the server sent it. */
  readonly retryAfterMs: number | undefined;

  constructor(status: number, message: string, details: { problem?: Problem; retryAfterMs?: number } = {}) {
    super(message);
    this.status = status;
    this.problem = details.problem;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/**
 * The server refused a write (`409`): `reasons` carry the codes (`offering-full`, `enrolment-closed`,
 * `plan-changed`, `not-funded` with the pots' funding reasons, `not-submitted`, `not-open`), and `plan` is the
 * server's plan as it is now, so the widget can show the truth and keep what the user typed.
 */
export class RequestRefusedError extends HttpError {
  override name = 'RequestRefusedError' as const;
  readonly reasons: readonly RefusalReason[];
  readonly plan: ServerPlan | undefined;

  constructor(message: string, problem: Problem) {
    super(409, message, { problem });
    this.reasons = problem.reasons ?? [];
    this.plan = problem.plan;
  }
}

/** The request never got an answer: offline, DNS, CORS or a dropped connection. */
export class NetworkError extends LeerbudgetError {
  override name = 'NetworkError' as const;
  /** `true` when the browser reports it is offline. */
  readonly offline: boolean;

  constructor(message: string, options: { cause?: unknown; offline?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.offline = options.offline ?? false;
  }
}

/** The call took longer than the client's `timeoutMs`, retries included. */
export class TimeoutError extends LeerbudgetError {
  override name = 'TimeoutError' as const;
}

/** The caller aborted the call through its `AbortSignal`. */
export class AbortError extends LeerbudgetError {
  override name = 'AbortError' as const;
}

/**
 * A response (or a cached value) does not match the contract: broken JSON, an HTML page,
 * or a required field missing. Outside the HTTP family: the transport worked, the data did not.
 */
export class ValidationError extends LeerbudgetError {
  override name = 'ValidationError' as const;
  /** Path of the first bad field, for example `['pots', 0, 'available']`; empty when the whole body is bad. */
  readonly path: ReadonlyArray<string | number>;
  /** The path joined with dots, for example `pots.0.available`. */
  readonly field: string;
  /** Every problem found, one per bad field. */
  readonly issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>;

  constructor(message: string, issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>) {
    super(message);
    this.issues = issues;
    this.path = issues[0]?.path ?? [];
    this.field = this.path.join('.');
  }
}

/**
 * A storage call (IndexedDB) did not settle in time. The SDK catches it and falls back to memory, so
 * callers only meet it through their own `cache` implementation.
 */
export class StorageTimeoutError extends LeerbudgetError {
  override name = 'StorageTimeoutError' as const;
}

/**
 * A widget cannot load anything because it has no usable API base (thrown by `@leerbudget/elements`:
 * no `api-base` attribute, no `data-api-base` on the script tag, no `configure({ apiBase })`, or a refused value).
 */
export class ConfigurationError extends LeerbudgetError {
  override name = 'ConfigurationError' as const;
}

function hasName(error: unknown, names: readonly string[]): boolean {
  return typeof error === 'object' && error !== null && names.includes((error as { name?: unknown }).name as string);
}

const FAMILY: readonly LeerbudgetErrorName[] = [
  'LeerbudgetError',
  'HttpError',
  'RequestRefusedError',
  'NetworkError',
  'TimeoutError',
  'AbortError',
  'ValidationError',
  'StorageTimeoutError',
  'ConfigurationError',
];

/**
 * Any SDK error. Matches by class or by `name`. A plain `TimeoutError`/`AbortError` DOMException
 * also matches by name; that is deliberate: it means the same thing.
 */
export function isLeerbudgetError(error: unknown): error is LeerbudgetError {
  return error instanceof LeerbudgetError || hasName(error, FAMILY);
}

/** The API answered with an error status. */
export function isHttpError(error: unknown): error is HttpError {
  return (
    error instanceof HttpError ||
    (hasName(error, ['HttpError', 'RequestRefusedError']) && typeof (error as HttpError).status === 'number')
  );
}

/** The server refused a write (`409`) and said why. */
export function isRequestRefusedError(error: unknown): error is RequestRefusedError {
  return (
    error instanceof RequestRefusedError ||
    (hasName(error, ['RequestRefusedError']) && Array.isArray((error as RequestRefusedError).reasons))
  );
}

/** No answer from the network. */
export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError || hasName(error, ['NetworkError']);
}

/** The call ran out of time. */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError || hasName(error, ['TimeoutError']);
}

/** The caller aborted. */
export function isAbortError(error: unknown): error is AbortError {
  return error instanceof AbortError || hasName(error, ['AbortError']);
}

/** The data did not match the contract. */
export function isValidationError(error: unknown): error is ValidationError {
  return error instanceof ValidationError || hasName(error, ['ValidationError']);
}

/** A storage call did not settle in time. */
export function isStorageTimeoutError(error: unknown): error is StorageTimeoutError {
  return error instanceof StorageTimeoutError || hasName(error, ['StorageTimeoutError']);
}

/** A widget has no usable API base. */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError || hasName(error, ['ConfigurationError']);
}
