import type { FundingScheme } from '@leerbudget/contract';
import type { Queryable } from '../db/database.js';

/** Replaces every funding scheme with these, in this order, in the caller's transaction. */
export async function writeFundingSchemes(tx: Queryable, schemes: readonly FundingScheme[]): Promise<void> {
  await tx.query('DELETE FROM funding_schemes');
  await tx.query(
    `INSERT INTO funding_schemes (id, position, body)
     SELECT scheme ->> 'id', (position - 1)::int, scheme
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS item(scheme, position)`,
    [JSON.stringify(schemes)],
  );
}

/** Every funding scheme as JSON text, in listed order. */
export async function readFundingSchemes(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ json: string }>('SELECT body::text AS json FROM funding_schemes ORDER BY position');
  return rows.map((row) => row.json);
}
