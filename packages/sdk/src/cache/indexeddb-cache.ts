import { clear, createStore, del, delMany, get, keys, set, type UseStore } from 'idb-keyval';
import type { Cache, CacheEntry } from './cache.js';
import { StorageUnavailableError } from './storage-unavailable.js';
import { withTimeLimit } from './time-limit.js';

/** Where and how long to wait for IndexedDB. */
export interface IndexedDbCacheOptions {
  /** Own database, so `clear()` never touches the host page's data. Default `leerbudget`. */
  dbName?: string;
  /** Default `cache`. */
  storeName?: string;
  /** Every operation rejects after this many milliseconds, a write after that much more per megabyte it holds. Default 500. */
  timeoutMs?: number;
}

const MEGABYTE = 2 ** 20;

/**
 * A cache in IndexedDB (through idb-keyval) in a database of its own. Every operation rejects
 * (never hangs) when IndexedDB is missing, throws, is blocked or is slower than `timeoutMs`;
 * wrap it with {@link createFallbackCache} to fall back to memory.
 */
export function createIndexedDbCache(options: IndexedDbCacheOptions = {}): Cache {
  const { dbName = 'leerbudget', storeName = 'cache', timeoutMs = 500 } = options;
  let store: UseStore | undefined;

  // Opened on first use: createStore calls indexedDB.open, which throws where IndexedDB is missing.
  function run<T>(what: string, operation: (store: UseStore) => Promise<T>, megabytes = 0): Promise<T> {
    try {
      if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('IndexedDB does not exist here');
      store ??= createStore(dbName, storeName);
      return withTimeLimit(operation(store), timeoutMs * (1 + megabytes), `IndexedDB ${what}`);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  return {
    get: <T>(key: string) => run('get', (s) => get<CacheEntry<T>>(key, s)),
    // A large write takes longer: its limit grows with its size, so it is not mistaken for a hang.
    set: <T>(key: string, entry: CacheEntry<T>) =>
      run('set', (s) => set(key, entry, s), approximateBytes(entry.value) / MEGABYTE),
    delete: (key: string) => run('delete', (s) => del(key, s)),
    keys: () => run('keys', async (s) => (await keys(s)).map(String)),
    clear: (prefix?: string) =>
      run('clear', async (s) => {
        if (prefix === undefined) return clear(s);
        const matching = (await keys(s)).filter((key) => String(key).startsWith(prefix));
        return delMany(matching, s);
      }),
  };
}

/** Bytes of the strings and typed arrays in `value`: what a write has to copy. */
export function approximateBytes(value: unknown): number {
  if (typeof value === 'string') return value.length * 2;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + approximateBytes(item), 0);
  if (value !== null && typeof value === 'object')
    return Object.values(value).reduce((sum: number, item) => sum + approximateBytes(item), 0);
  return 8;
}
