import type { Cache } from './cache/cache.js';
import type { TokenProvider } from './resources/session.js';

/** How to reach the API and what to keep. Only `baseUrl` is required. */
export interface ClientOptions {
  /** API base, e.g. `http://localhost:8787`; `/v1/...` is appended. */
  baseUrl: string;
  /** Supplies the bearer token. Without one the client is anonymous: catalogue only. */
  getToken?: TokenProvider;
  /**
   * The id of the signed-in employee, as the host knows it (the same id `GET /v1/me` answers). With it
   * the client shows that user's cached budget and paths at once, before any request and while the API
   * is down or the browser offline. Without it, cached personal data is only shown once `GET /v1/me`
   * has said who is signed in, so another user's data can never appear. Not a secret; never a token.
   */
  userId?: string;
  /**
   * For hosts that authenticate with cookies: `include` sends them to the API (which must allow it with
   * `Access-Control-Allow-Credentials`), and personal reads then need no token.
   */
  credentials?: RequestCredentials;
  /** A custom fetch, for SharePoint, Teams or SSO hosts. */
  fetch?: typeof fetch;
  /**
   * Where responses are kept. Default `indexeddb` (falls back to memory when IndexedDB is missing,
   * failing or slow). `none` keeps personal data in this page's memory only (kiosks, shared PCs);
   * the public catalogue may still be stored.
   */
  cache?: Cache | 'indexeddb' | 'memory' | 'none';
  /** Total time per call, retries included. Default 10,000. */
  timeoutMs?: number;
  /** Retries of idempotent requests on 408/429/5xx. Defaults: 2 retries, `Retry-After` honoured up to 5,000 ms. */
  retry?: { limit?: number; maxRetryAfterMs?: number };
}

/** Options of every single call. */
export interface CallOptions {
  /** Aborts the call; the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
}
