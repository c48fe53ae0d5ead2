import type { BudgetPot } from '@leerbudget/contract';
import type { Queryable } from '../db/database.js';

/** The kinds of ledger entry, and what each does to the pot's numbers. */
export type LedgerKind = 'granted' | 'reserved' | 'released' | 'spent' | 'expired';

const EFFECT: Record<LedgerKind, string> = {
  granted: 'total = total + $2',
  expired: 'total = total - $2',
  reserved: 'reserved = reserved + $2',
  released: 'reserved = reserved - $2',
  spent: 'spent = spent + $2',
};

/** The pot numbers, kept beside the ledger; `available` is what the CHECK constraints leave. */
const NUMBERS = 'total::float8 AS total, spent::float8 AS spent, reserved::float8 AS reserved';

interface PotRow {
  id: string;
  definition: Omit<BudgetPot, 'total' | 'spent' | 'reserved' | 'available'>;
  total: number;
  spent: number;
  reserved: number;
}

function toPot(row: PotRow): BudgetPot {
  return {
    ...row.definition,
    total: row.total,
    spent: row.spent,
    reserved: row.reserved,
    available: Math.max(0, Math.round((row.total - row.spent - row.reserved) * 100) / 100),
  };
}

/**
 * The pots of an employee in their listed order. With `lock`, the rows are locked (`FOR UPDATE`, in id order so
 * two writers never wait on each other crosswise) until the transaction ends: the plan made from them stays true.
 */
export async function readPots(
  db: Queryable,
  employeeId: string,
  options: { lock?: boolean } = {},
): Promise<BudgetPot[]> {
  const rows = await db.query<PotRow & { position: number }>(
    `SELECT id, position, definition, ${NUMBERS} FROM pots WHERE employee_id = $1 ORDER BY id${options.lock === true ? ' FOR UPDATE' : ''}`,
    [employeeId],
  );
  return rows.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1)).map(toPot);
}

/** Locks these pots (in id order) for the rest of the transaction. */
export async function lockPots(db: Queryable, potIds: readonly string[]): Promise<void> {
  if (potIds.length === 0) return;
  await db.query('SELECT id FROM pots WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE', [[...potIds]]);
}

/**
 * Changes one pot and appends its ledger entry in one statement. The pot's CHECK constraints refuse any change
 * that would leave less than nothing available, so an overdraft fails the whole transaction.
 */
export async function applyToPot(
  db: Queryable,
  entry: { potId: string; kind: LedgerKind; amount: number; requestId: string | null; at: string },
): Promise<void> {
  await db.query(
    `WITH changed AS (UPDATE pots SET ${EFFECT[entry.kind]} WHERE id = $1 RETURNING total, spent, reserved)
     INSERT INTO ledger_entries (pot_id, kind, amount, request_id, at, total_after, spent_after, reserved_after)
     SELECT $1, $3, $2, $4, $5::timestamptz, total, spent, reserved FROM changed`,
    [entry.potId, entry.amount, entry.kind, entry.requestId, entry.at],
  );
}

/**
 * Writes an employee's pots from seed data. Pots never touched by a request are (re)opened with the given
 * numbers; pots with request history keep their ledger and only take the new definition.
 */
export async function writePots(
  db: Queryable,
  employeeId: string,
  pots: readonly BudgetPot[],
  at: string = new Date().toISOString(),
): Promise<void> {
  const untouched = `NOT EXISTS (SELECT 1 FROM ledger_entries WHERE ledger_entries.pot_id = pots.id AND request_id IS NOT NULL)`;
  await db.query(
    `DELETE FROM ledger_entries WHERE pot_id IN (
       SELECT id FROM pots WHERE employee_id = $1 AND ${untouched})`,
    [employeeId],
  );
  await db.query(`DELETE FROM pots WHERE employee_id = $1 AND ${untouched}`, [employeeId]);
  for (const [position, pot] of pots.entries()) {
    const { total, spent, reserved, available: _available, ...definition } = pot;
    const inserted = await db.query(
      `INSERT INTO pots (id, employee_id, position, definition, total, spent, reserved) VALUES ($1, $2, $3, $4::jsonb, 0, 0, 0)
       ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, definition = EXCLUDED.definition
       RETURNING (xmax = 0) AS fresh`,
      [pot.id, employeeId, position, JSON.stringify(definition)],
    );
    if ((inserted[0] as { fresh: boolean } | undefined)?.fresh !== true) continue;
    await applyToPot(db, { potId: pot.id, kind: 'granted', amount: total, requestId: null, at });
    if (spent > 0) await applyToPot(db, { potId: pot.id, kind: 'spent', amount: spent, requestId: null, at });
    if (reserved > 0) await applyToPot(db, { potId: pot.id, kind: 'reserved', amount: reserved, requestId: null, at });
  }
}
