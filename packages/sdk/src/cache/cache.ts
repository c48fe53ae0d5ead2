/** One cached value with when it was fetched and, for revalidation, its ETag. */
export interface CacheEntry<T> {
  value: T;
  /** ISO date-time of the response the value came from. */
  updatedAt: string;
  etag?: string;
}

/**
 * Where the client keeps responses between calls and page loads. Every method must settle;
 * implementations that can hang (IndexedDB) are wrapped with a time limit.
 */
export interface Cache {
  get<T>(key: string): Promise<CacheEntry<T> | undefined>;
  set<T>(key: string, entry: CacheEntry<T>): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /** Removes every entry whose key starts with `prefix`, or every entry when no prefix is given. */
  clear(prefix?: string): Promise<void>;
}
