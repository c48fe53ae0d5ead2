/**
 * Typed client for Leerbudget-compliant APIs.
 * @packageDocumentation
 */
export * from './funding/index.js';
export * from './catalogue/index.js';
export { createClient, type LeerbudgetClient, type LeerbudgetClientEventMap } from './client.js';
export type { CallOptions, ClientOptions } from './client-options.js';
export { normalizeBaseUrl } from './transport/transport.js';
export type { TokenProvider } from './resources/session.js';
export type { CatalogueState } from './resources/catalogue-sync.js';
export type { CoursePageResult } from './resources/public-reads.js';
export type { CreateRequestOptions, Decision } from './resources/request-writes.js';
export type { InsightsQuery } from './resources/insight-reads.js';
export { issueKey, type IssueEvent } from './resources/issue-reporter.js';
export type { Dated, WatchListener, WatchOptions, WatchState } from './resources/watch.js';
export type { ListResult, ValidationIssue } from './validation.js';
export {
  AbortError,
  ConfigurationError,
  HttpError,
  LeerbudgetError,
  NetworkError,
  RequestRefusedError,
  StorageTimeoutError,
  TimeoutError,
  ValidationError,
  isAbortError,
  isConfigurationError,
  isHttpError,
  isLeerbudgetError,
  isNetworkError,
  isRequestRefusedError,
  isStorageTimeoutError,
  isTimeoutError,
  isValidationError,
  type LeerbudgetErrorName,
} from './errors.js';
export type { Cache, CacheEntry } from './cache/cache.js';
export { createMemoryCache } from './cache/memory-cache.js';
export { createIndexedDbCache, type IndexedDbCacheOptions } from './cache/indexeddb-cache.js';
export { createFallbackCache } from './cache/fallback-cache.js';
