import type { Cache, CacheEntry } from './cache.js';
import { isStorageUnavailable } from './storage-unavailable.js';

/**
 * Uses `primary` until one of its operations fails (rejects or times out), then `fallback` for the
 * rest of the page's life. Removals go to both, so `clear()` still reaches data the primary holds, and
 * they reject when the primary exists but could not remove (personal data may still be stored there).
 */
export function createFallbackCache(primary: Cache, fallback: Cache): Cache {
  let primaryWorks = true;

  async function read<R>(operation: (cache: Cache) => Promise<R>): Promise<R> {
    if (primaryWorks) {
      try {
        return await operation(primary);
      } catch {
        primaryWorks = false;
      }
    }
    return operation(fallback);
  }

  async function removeFromBoth(operation: (cache: Cache) => Promise<void>): Promise<void> {
    const results = await Promise.allSettled([operation(primary), operation(fallback)]);
    if (results[1].status === 'rejected') throw results[1].reason;
    if (results[0].status === 'rejected') {
      primaryWorks = false;
      if (!isStorageUnavailable(results[0].reason)) throw results[0].reason;
    }
  }

  return {
    get: <T>(key: string) => read((cache) => cache.get<T>(key)),
    set: <T>(key: string, entry: CacheEntry<T>) => read((cache) => cache.set(key, entry)),
    keys: () => read((cache) => cache.keys()),
    delete: (key: string) => removeFromBoth((cache) => cache.delete(key)),
    clear: (prefix?: string) => removeFromBoth((cache) => cache.clear(prefix)),
  };
}
