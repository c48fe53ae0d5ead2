/**
 * Browser-side helpers for tests that look into the browser's own storage, to prove what an SDK
 * did or did not keep there. Import from test files as `@leerbudget/test-kit/storage`.
 */

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Every key and value of every object store of every IndexedDB database on this origin. */
export async function dumpIndexedDb(): Promise<Array<{ db: string; store: string; key: string; value: unknown }>> {
  const rows: Array<{ db: string; store: string; key: string; value: unknown }> = [];
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await request(indexedDB.open(name));
    try {
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store, 'readonly');
        const keys = await request(tx.objectStore(store).getAllKeys());
        const values = await request(tx.objectStore(store).getAll());
        keys.forEach((key, i) => rows.push({ db: name, store, key: String(key), value: values[i] }));
      }
    } finally {
      db.close();
    }
  }
  return rows;
}

/**
 * The keys of one object store, and the values of those that `wanted` picks: for a database too large
 * to dump whole. Reads IndexedDB itself, not any cache in front of it.
 */
export async function readIndexedDb(
  name: string,
  store: string,
  wanted: (key: string) => boolean = () => false,
): Promise<{ keys: string[]; values: Map<string, unknown> }> {
  const db = await request(indexedDB.open(name));
  try {
    const objects = db.transaction(store, 'readonly').objectStore(store);
    const keys = (await request(objects.getAllKeys())).map(String);
    const values = new Map<string, unknown>();
    for (const key of keys.filter(wanted)) values.set(key, await request(objects.get(key)));
    return { keys, values };
  } finally {
    db.close();
  }
}

/** Replaces the value of one key in an object store, as another program (or a broken disk) might. */
export async function writeIndexedDb(name: string, store: string, key: string, value: unknown): Promise<void> {
  const db = await request(indexedDB.open(name));
  try {
    const tx = db.transaction(store, 'readwrite');
    await request(tx.objectStore(store).put(value, key));
  } finally {
    db.close();
  }
}

/**
 * Empties every object store of one database (deleting it would block on connections still open).
 * A database that does not exist yet is left alone: opening it here would create it without its stores.
 */
export async function emptyIndexedDb(name: string): Promise<void> {
  if (!(await indexedDB.databases()).some((db) => db.name === name)) return;
  const db = await request(indexedDB.open(name));
  try {
    for (const store of Array.from(db.objectStoreNames)) {
      await request(db.transaction(store, 'readwrite').objectStore(store).clear());
    }
  } finally {
    db.close();
  }
}

/** Everything in localStorage and sessionStorage as one string, for "does X appear anywhere" checks. */
export function webStorageText(): string {
  const dump = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, i) => {
      const key = storage.key(i) ?? '';
      return `${key}=${storage.getItem(key)}`;
    }).join('\n');
  return `${dump(localStorage)}\n${dump(sessionStorage)}`;
}

/**
 * Replaces `indexedDB.open` until the returned function is called: `throw` makes it throw,
 * `hang` returns a request that never answers (a blocked or very slow database).
 */
export function breakIndexedDb(mode: 'throw' | 'hang'): () => void {
  const original = Object.getOwnPropertyDescriptor(IDBFactory.prototype, 'open')!;
  Object.defineProperty(IDBFactory.prototype, 'open', {
    configurable: true,
    value() {
      if (mode === 'throw') throw new DOMException('IndexedDB is switched off', 'InvalidStateError');
      return {} as IDBOpenDBRequest;
    },
  });
  return () => Object.defineProperty(IDBFactory.prototype, 'open', original);
}
