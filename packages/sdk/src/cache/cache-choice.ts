import type { Cache } from './cache.js';
import { createFallbackCache } from './fallback-cache.js';
import { createIndexedDbCache } from './indexeddb-cache.js';
import { createMemoryCache } from './memory-cache.js';

/** The caches a client uses: one for personal data, one for the public catalogue. */
export interface CacheChoice {
  personal: Cache;
  public: Cache;
}

function persistentCache(): Cache {
  return createFallbackCache(createIndexedDbCache(), createMemoryCache());
}

/** Turns the `cache` option into caches. */
export function chooseCaches(option: Cache | 'indexeddb' | 'memory' | 'none' = 'indexeddb'): CacheChoice {
  if (option === 'indexeddb') {
    const cache = persistentCache();
    return { personal: cache, public: cache };
  }
  if (option === 'memory') {
    const cache = createMemoryCache();
    return { personal: cache, public: cache };
  }
  if (option === 'none') return { personal: createMemoryCache(), public: persistentCache() };
  return { personal: option, public: option };
}
