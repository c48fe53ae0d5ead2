import type { Queryable } from '../db/database.js';

/** Counts of broken money rules over the whole database; every one must be 0. */
export interface LedgerInvariants {
  /** Pots with more spent and reserved than granted, or a negative number. */
  overdrafts: number;
  /** Pots whose numbers differ from the sum of their ledger. */
  ledgerMismatches: number;
  /** Request lines whose ledger entries do not match the request's state (held, released or spent once). */
  requestMismatches: number;
  /** A request reserving on one pot more than once. */
  doubleReservations: number;
  /** Offerings with more seats held than they have, fewer than none, or another count than their open requests. */
  seatMismatches: number;
}

const COUNTS = `
SELECT
  (SELECT count(*)::int FROM pots WHERE spent + reserved > total OR spent < 0 OR reserved < 0) AS overdrafts,
  (SELECT count(*)::int FROM pots LEFT JOIN (
      SELECT pot_id,
             sum(CASE kind WHEN 'granted' THEN amount WHEN 'expired' THEN -amount ELSE 0 END) AS total,
             sum(CASE kind WHEN 'spent' THEN amount ELSE 0 END) AS spent,
             sum(CASE kind WHEN 'reserved' THEN amount WHEN 'released' THEN -amount ELSE 0 END) AS reserved
        FROM ledger_entries GROUP BY pot_id) AS ledger ON ledger.pot_id = pots.id
    WHERE coalesce(ledger.total, 0) <> pots.total OR coalesce(ledger.spent, 0) <> pots.spent
       OR coalesce(ledger.reserved, 0) <> pots.reserved) AS "ledgerMismatches",
  (SELECT count(*)::int FROM request_lines
     JOIN requests ON requests.id = request_lines.request_id
     LEFT JOIN (
       SELECT request_id, pot_id,
              sum(CASE kind WHEN 'reserved' THEN amount WHEN 'released' THEN -amount ELSE 0 END) AS held,
              sum(CASE kind WHEN 'spent' THEN amount ELSE 0 END) AS spent
         FROM ledger_entries WHERE request_id IS NOT NULL GROUP BY request_id, pot_id) AS ledger
       ON ledger.request_id = request_lines.request_id AND ledger.pot_id = request_lines.pot_id
    WHERE coalesce(ledger.held, 0) <> CASE WHEN requests.status IN ('submitted', 'approved') THEN request_lines.amount ELSE 0 END
       OR coalesce(ledger.spent, 0) <> CASE WHEN requests.status = 'completed' THEN request_lines.amount ELSE 0 END) AS "requestMismatches",
  (SELECT count(*)::int FROM (
      SELECT 1 FROM ledger_entries WHERE kind = 'reserved' AND request_id IS NOT NULL
       GROUP BY request_id, pot_id HAVING count(*) > 1) AS twice) AS "doubleReservations",
  (SELECT count(*)::int FROM offering_seats LEFT JOIN (
      SELECT offering_id, count(*) AS holding FROM requests WHERE holds_seat GROUP BY offering_id) AS open
        ON open.offering_id = offering_seats.offering_id
    WHERE held < 0 OR held > capacity OR held <> coalesce(open.holding, 0)) AS "seatMismatches"`;

/** Checks every money rule over the whole database in one consistent statement. */
export async function checkLedgerInvariants(db: Queryable): Promise<LedgerInvariants> {
  const [row] = await db.query<LedgerInvariants>(COUNTS);
  return row!;
}
