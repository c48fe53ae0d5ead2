import ky, { type KyInstance } from 'ky';
import { ValidationError } from '../errors.js';
import { authorizeOnlyApiOrigin, type AuthContext } from './auth-header.js';
import { startDeadline } from './deadline.js';
import { toLeerbudgetError } from './map-error.js';

/** How the transport talks to the API. Every field has a default in {@link createClient}. */
export interface TransportOptions {
  /** API base as {@link normalizeBaseUrl} gives it, e.g. `http://localhost:8787` or `https://hr.example/api`. */
  baseUrl: string;
  fetch?: typeof fetch;
  credentials?: RequestCredentials;
  /** Total time per call, retries included. */
  timeoutMs: number;
  retry: { limit: number; maxRetryAfterMs: number };
}

/** One GET. */
export interface TransportRequest {
  /** Path below the base without a leading slash, e.g. `v1/me/budget`. */
  path: string;
  /** What is being read, for error messages, e.g. `Budget`. */
  resource: string;
  searchParams?: Record<string, string | undefined>;
  /** Bearer token; only ever sent to the API origin. */
  token?: string;
  /** Sent as `If-None-Match`; a 304 answer then resolves with `notModified`. */
  etag?: string;
  signal?: AbortSignal;
}

/** The answer to one GET, body already parsed as JSON. */
export type TransportResponse =
  { notModified: false; body: unknown; etag: string | undefined } | { notModified: true; etag: string | undefined };

/** One POST with a JSON body. Never retried by the transport: only the caller knows whether a retry is safe. */
export interface TransportWrite {
  path: string;
  resource: string;
  body: unknown;
  /** Extra headers such as `Idempotency-Key` or `If-Match`. */
  headers?: Record<string, string>;
  token?: string;
  signal?: AbortSignal;
}

/** The answer to one POST, body parsed as JSON. */
export interface TransportWriteResponse {
  status: number;
  body: unknown;
  etag: string | undefined;
}

/** The parsed body, or `undefined` for a 304 (the caller then uses what it cached). */
export function bodyOf(response: TransportResponse): unknown {
  return response.notModified ? undefined : response.body;
}

/** The HTTP layer: one ky instance with retries, a total deadline and the origin-bound token. */
export interface Transport {
  readonly apiOrigin: string;
  get(request: TransportRequest): Promise<TransportResponse>;
  post(request: TransportWrite): Promise<TransportWriteResponse>;
}

/** Idempotent GETs are retried on these; 401/403/404 never are. */
const RETRY_STATUS_CODES = [408, 429, 500, 502, 503, 504];

function createKy(options: TransportOptions, apiOrigin: string): KyInstance {
  return ky.create({
    prefixUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    // The SDK keeps its own cache; the browser's may revalidate but must not answer with old data.
    cache: 'no-cache',
    // The deadline signal bounds the whole call; a per-attempt timeout would only shorten retries.
    timeout: false,
    throwHttpErrors: (status) => status !== 304,
    retry: {
      limit: options.retry.limit,
      methods: ['get'],
      statusCodes: RETRY_STATUS_CODES,
      afterStatusCodes: [429, 503],
      maxRetryAfter: options.retry.maxRetryAfterMs,
      backoffLimit: options.retry.maxRetryAfterMs,
    },
    hooks: { beforeRequest: [authorizeOnlyApiOrigin(apiOrigin)] },
  });
}

async function readJson(response: Response, resource: string): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    const type = response.headers.get('content-type') ?? 'no content type';
    const what = text === '' ? 'an empty body' : `a body that is not JSON (${type})`;
    const message = `${resource}: the API answered with ${what}`;
    throw new ValidationError(message, [{ path: [], message }]);
  }
}

/** Strips a trailing slash so `${base}/v1/...` and cache keys come out the same for both spellings. */
export function normalizeBaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Creates the transport: one `ky.create` for the whole client. */
export function createTransport(options: TransportOptions): Transport {
  const apiOrigin = new URL(options.baseUrl).origin;
  const http = createKy({ ...options, baseUrl: `${options.baseUrl}/` }, apiOrigin);

  async function get(request: TransportRequest): Promise<TransportResponse> {
    const deadline = startDeadline(options.timeoutMs, request.signal);
    const call = { resource: request.resource, timeoutMs: options.timeoutMs };
    try {
      const context: AuthContext = request.token ? { token: request.token } : {};
      const response = await http.get(request.path, {
        signal: deadline.signal,
        context,
        ...(request.searchParams ? { searchParams: request.searchParams } : {}),
        ...(request.etag ? { headers: { 'if-none-match': request.etag } } : {}),
      });
      const etag = response.headers.get('etag') ?? undefined;
      if (response.status === 304) return { notModified: true, etag: etag ?? request.etag };
      return { notModified: false, body: await readJson(response, request.resource), etag };
    } catch (error) {
      throw await toLeerbudgetError(error, call, deadline);
    } finally {
      deadline.stop();
    }
  }

  async function post(request: TransportWrite): Promise<TransportWriteResponse> {
    const deadline = startDeadline(options.timeoutMs, request.signal);
    const call = { resource: request.resource, timeoutMs: options.timeoutMs };
    try {
      const context: AuthContext = request.token ? { token: request.token } : {};
      const response = await http.post(request.path, {
        signal: deadline.signal,
        context,
        json: request.body,
        ...(request.headers ? { headers: request.headers } : {}),
      });
      return {
        status: response.status,
        body: await readJson(response, request.resource),
        etag: response.headers.get('etag') ?? undefined,
      };
    } catch (error) {
      throw await toLeerbudgetError(error, call, deadline);
    } finally {
      deadline.stop();
    }
  }

  return { apiOrigin, get, post };
}
