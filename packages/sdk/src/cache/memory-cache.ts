import type { Cache, CacheEntry } from './cache.js';

/** A cache that lives as long as the page. */
export function createMemoryCache(): Cache {
  const entries = new Map<string, CacheEntry<unknown>>();
  return {
    async get<T>(key: string) {
      return entries.get(key) as CacheEntry<T> | undefined;
    },
    async set<T>(key: string, entry: CacheEntry<T>) {
      entries.set(key, entry);
    },
    async delete(key: string) {
      entries.delete(key);
    },
    async keys() {
      return [...entries.keys()];
    },
    async clear(prefix?: string) {
      for (const key of [...entries.keys()]) {
        if (prefix === undefined || key.startsWith(prefix)) entries.delete(key);
      }
    },
  };
}
