/**
 * The little SQL surface the store needs, implemented by both PGlite and node-postgres
 * so the same migrations and queries run on either.
 */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A database connection with transactions and multi-statement scripts (for migrations). */
export interface Database extends Queryable {
  /** Runs a script of several statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
