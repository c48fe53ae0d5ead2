import type { Database } from './database.js';

/** A {@link Database} that knows when data may have changed, so reads can be remembered until then. */
export interface WriteCountedDatabase extends Database {
  /** Goes up when a statement that may have written has finished. */
  readonly writes: number;
  /** Statements that may write and have not finished yet. */
  readonly writesInFlight: number;
}

// Anything but a plain SELECT may write (`WITH … UPDATE`, `INSERT`, DDL): counting too much only costs a cache miss.
const READ_ONLY = /^\s*SELECT\b/i;

/** Wraps `db` so every transaction, script and non-SELECT statement counts as a write. */
export function countWrites(db: Database): WriteCountedDatabase {
  let writes = 0;
  let writesInFlight = 0;
  async function writing<T>(work: () => Promise<T>): Promise<T> {
    writesInFlight += 1;
    try {
      return await work();
    } finally {
      writesInFlight -= 1;
      writes += 1;
    }
  }
  return {
    get writes() {
      return writes;
    },
    get writesInFlight() {
      return writesInFlight;
    },
    query: (sql, params) => (READ_ONLY.test(sql) ? db.query(sql, params) : writing(() => db.query(sql, params))),
    exec: (sql) => writing(() => db.exec(sql)),
    transaction: (work) => writing(() => db.transaction(work)),
    close: () => db.close(),
  };
}
