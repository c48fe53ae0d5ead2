import type { Cache, CacheEntry } from './cache.js';
import { isStorageUnavailable } from './storage-unavailable.js';

/**
 * Uses `primary`, and `fallback` for each operation the primary fails (rejects or times out): one
 * slow write never sends the rest of the page to memory. What the fallback holds is what the primary
 * could not take, so a read asks it first; a later successful write to the primary drops its copy.
 * Removals go to both, so `clear()` still reaches data the primary holds, and they reject when the
 * primary exists but could not remove (personal data may still be stored there).
 */
export function createFallbackCache(primary: Cache, fallback: Cache): Cache {
  /** Keys the fallback holds; the fallback is only asked about these (and `keys()`). */
  const held = new Set<string>();

  async function get<T>(key: string): Promise<CacheEntry<T> | undefined> {
    if (held.has(key)) return fallback.get<T>(key);
    return primary.get<T>(key).catch(() => undefined);
  }

  async function set<T>(key: string, entry: CacheEntry<T>): Promise<void> {
    try {
      await primary.set(key, entry);
      if (held.delete(key)) await fallback.delete(key);
    } catch {
      held.add(key);
      await fallback.set(key, entry);
    }
  }

  async function keys(): Promise<string[]> {
    const stored = await primary.keys().catch(() => []);
    return [...new Set([...stored, ...(await fallback.keys())])];
  }

  async function removeFromBoth(operation: (cache: Cache) => Promise<void>): Promise<void> {
    const results = await Promise.allSettled([operation(primary), operation(fallback)]);
    if (results[1].status === 'rejected') throw results[1].reason;
    if (results[0].status === 'rejected' && !isStorageUnavailable(results[0].reason)) throw results[0].reason;
  }

  return {
    get,
    set,
    keys,
    delete: async (key: string) => {
      held.delete(key);
      await removeFromBoth((cache) => cache.delete(key));
    },
    clear: async (prefix?: string) => {
      for (const key of [...held]) if (prefix === undefined || key.startsWith(prefix)) held.delete(key);
      await removeFromBoth((cache) => cache.clear(prefix));
    },
  };
}
