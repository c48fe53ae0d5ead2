import { isHTTPError, isTimeoutError as isKyTimeoutError } from 'ky';
import { Problem } from '@leerbudget/contract';
import { AbortError, HttpError, LeerbudgetError, NetworkError, RequestRefusedError, TimeoutError } from '../errors.js';
import type { Deadline } from './deadline.js';
import { parseRetryAfter } from './retry-after.js';

/** What the error message may say about the call: never the token, never the query string. */
export interface CallDescription {
  resource: string;
  timeoutMs: number;
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const parsed = Problem.safeParse(JSON.parse(await response.text()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function toHttpError(response: Response, call: CallDescription): Promise<HttpError> {
  const problem = await readProblem(response);
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  const title = problem?.title ?? response.statusText;
  const message = `${call.resource}: the API answered ${response.status}${title ? ` (${title})` : ''}`;
  if (response.status === 409 && problem?.reasons) return new RequestRefusedError(message, problem);
  return new HttpError(response.status, message, {
    ...(problem ? { problem } : {}),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Turns whatever ky or fetch threw into one error of the SDK family. */
export async function toLeerbudgetError(
  error: unknown,
  call: CallDescription,
  deadline: Deadline,
): Promise<LeerbudgetError> {
  if (deadline.expired() || isKyTimeoutError(error)) {
    return new TimeoutError(`${call.resource}: no answer within ${call.timeoutMs} ms`);
  }
  if (deadline.signal.aborted) return new AbortError(`${call.resource}: the call was aborted`);
  if (error instanceof LeerbudgetError) return error;
  if (isHTTPError(error)) return toHttpError(error.response, call);
  const offline = isOffline();
  return new NetworkError(`${call.resource}: the API could not be reached${offline ? ' (offline)' : ''}`, {
    cause: error,
    offline,
  });
}
