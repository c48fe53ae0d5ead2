import type { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/** The {@link Database} over an open PGlite, in Node or in a browser. */
export function pgliteDatabase(db: PGlite): Database {
  const query = async <Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> =>
    (await db.query<Row>(sql, [...params])).rows;
  return {
    query,
    async exec(sql) {
      await db.exec(sql);
    },
    transaction(work) {
      return db.transaction((tx) => {
        const scoped: Queryable = {
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<Row>(sql, [...params])).rows,
        };
        return work(scoped);
      });
    },
    close: () => db.close(),
  };
}
