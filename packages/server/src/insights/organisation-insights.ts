import {
  REQUEST_STATUSES,
  type DeclineReason,
  type InsightGroup,
  type Insights,
  type MonthAmount,
} from '@leerbudget/contract';
import type { Database, Queryable } from '../db/database.js';
import { forbidden } from '../requests/refusals.js';

/** HR sees groups, never people: a group with fewer people than this is folded into {@link FOLDED}. */
export const MIN_GROUP_SIZE = 5;
export const FOLDED = 'overig';

export interface InsightsQuery {
  groupBy: 'department' | 'potKind';
  /** First and last day, inclusive (`YYYY-MM-DD`). */
  from: string;
  to: string;
  asOf: string;
}

/**
 * Who belongs to which group, and the money pots each group counts. `$1` is the grouping, `$2`/`$3` the first and
 * last day, `$4` the raw groups folded into "overig". By department, everyone of a department counts as one of
 * its people; by pot kind, everyone holding a money pot of that kind.
 */
const GROUPS = `
  member AS (
    SELECT id AS employee_id, COALESCE(department, '${FOLDED}') AS raw_key FROM employees WHERE $1 = 'department'
    UNION
    SELECT employee_id, definition ->> 'kind' FROM pots WHERE $1 = 'potKind' AND definition ->> 'unit' = 'money'),
  grp AS (
    SELECT employee_id, raw_key,
           CASE WHEN jsonb_exists($4::jsonb, raw_key) THEN '${FOLDED}' ELSE raw_key END AS key
      FROM member),
  pot AS (
    SELECT p.id, grp.key, (p.definition ->> 'expiresAt')::date AS expires_at
      FROM pots p JOIN grp ON grp.employee_id = p.employee_id AND ($1 = 'department' OR grp.raw_key = p.definition ->> 'kind')
     WHERE p.definition ->> 'unit' = 'money'
       AND COALESCE((p.definition ->> 'validFrom')::date, $2::date) <= $3::date
       AND COALESCE((p.definition ->> 'expiresAt')::date, $2::date) >= $2::date),
  state AS (
    SELECT pot.key, pot.expires_at, last.total, last.spent, last.reserved,
           last.total - last.spent - last.reserved AS unused,
           (pot.expires_at IS NULL OR pot.expires_at >= $3::date) AS live
      FROM pot
      CROSS JOIN LATERAL (
        SELECT total_after AS total, spent_after AS spent, reserved_after AS reserved FROM ledger_entries l
         WHERE l.pot_id = pot.id AND l.at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
         ORDER BY l.id DESC LIMIT 1) AS last)`;

const PEOPLE_SQL = `WITH ${GROUPS} SELECT key, count(DISTINCT employee_id)::int AS people FROM grp GROUP BY key`;

const TOTALS_SQL = `WITH ${GROUPS}
  SELECT key,
         sum(total)::bigint::text AS granted, sum(spent)::bigint::text AS spent, sum(reserved)::bigint::text AS reserved,
         sum(unused) FILTER (WHERE live)::bigint::text AS available,
         sum(unused) FILTER (WHERE NOT live)::bigint::text AS expired,
         sum(unused) FILTER (WHERE live AND expires_at <= $3::date + 30)::bigint::text AS days30,
         sum(unused) FILTER (WHERE live AND expires_at <= $3::date + 90)::bigint::text AS days90,
         sum(unused) FILTER (WHERE live AND expires_at <= $3::date + 365)::bigint::text AS days365
    FROM state GROUP BY key`;

const SPENT_SQL = `WITH ${GROUPS}
  SELECT pot.key, to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, sum(l.amount)::bigint::text AS amount
    FROM ledger_entries l JOIN pot ON pot.id = l.pot_id
   WHERE l.kind = 'spent'
     AND l.at >= ($2::date)::timestamp AT TIME ZONE 'UTC' AND l.at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
   GROUP BY 1, 2`;

const EXPIRING_SQL = `WITH ${GROUPS}
  SELECT key, to_char(expires_at, 'YYYY-MM') AS month, sum(unused)::bigint::text AS amount
    FROM state
   WHERE live AND unused > 0 AND expires_at < (date_trunc('month', $3::date) + interval '12 months')::date
   GROUP BY 1, 2`;

/** Requests created in the period, by status and decline reason; by pot kind, a request counts for the kinds it uses. */
const REQUESTS_SQL = `WITH ${GROUPS}
  SELECT grp.key, r.status, COALESCE(r.decline_reason, 'other') AS reason, count(DISTINCT r.id)::int AS count
    FROM requests r JOIN grp ON grp.employee_id = r.employee_id
   WHERE r.created_at >= ($2::date)::timestamp AT TIME ZONE 'UTC'
     AND r.created_at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
     AND ($1 = 'department' OR EXISTS (
       SELECT 1 FROM request_lines rl JOIN pots p ON p.id = rl.pot_id
        WHERE rl.request_id = r.id AND p.definition ->> 'kind' = grp.raw_key))
   GROUP BY 1, 2, 3`;

/** The months from the month of `from` to the month of `to`, or `count` months from the month of `from`. */
function monthsBetween(from: string, to: string | null, count = 0): string[] {
  const [year, month] = from.split('-').map(Number) as [number, number];
  const last = to === null ? null : to.slice(0, 7);
  const months: string[] = [];
  for (let index = 0; last === null ? index < count : true; index += 1) {
    const label = new Date(Date.UTC(year, month - 1 + index, 1)).toISOString().slice(0, 7);
    if (last !== null && label > last) break;
    months.push(label);
  }
  return months;
}

function byMonth(months: readonly string[], rows: ReadonlyMap<string, number> | undefined): MonthAmount[] {
  return months.map((month) => ({ month, amount: rows?.get(month) ?? 0 }));
}

/** Rows of `key, month, amount` as a map of maps, so each group's months can be filled in with zeros. */
function monthMap(rows: readonly { key: string; month: string; amount: string }[]): Map<string, Map<string, number>> {
  const map = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const months = map.get(row.key) ?? new Map<string, number>();
    months.set(row.month, Number(row.amount));
    map.set(row.key, months);
  }
  return map;
}

/**
 * Which raw groups to fold: every group under the minimum, and while "overig" itself stays under it, the next
 * smallest group too. Counts come from the database (people are counted distinctly, also across folded kinds).
 */
async function foldedGroups(
  db: Queryable,
  params: readonly unknown[],
): Promise<{ folded: string[]; people: Map<string, number> }> {
  const raw = await db.query<{ key: string; people: number }>(PEOPLE_SQL, [...params, '[]']);
  const folded = raw.filter((row) => row.people < MIN_GROUP_SIZE || row.key === FOLDED).map((row) => row.key);
  for (;;) {
    const rows = await db.query<{ key: string; people: number }>(PEOPLE_SQL, [...params, JSON.stringify(folded)]);
    const people = new Map(rows.map((row) => [row.key, row.people]));
    const rest = rows
      .filter((row) => row.key !== FOLDED)
      .sort((a, b) => a.people - b.people || (a.key < b.key ? -1 : 1));
    const small = (people.get(FOLDED) ?? MIN_GROUP_SIZE) < MIN_GROUP_SIZE;
    if (!small || rest.length === 0) return { folded, people };
    folded.push(rest[0]!.key);
  }
}

/**
 * `GET /v1/organisation/insights` for HR: every number is summed by the database from the ledger and the
 * requests; this function only decides which groups are too small, and fills months without entries with 0.
 */
export async function organisationInsights(
  db: Database,
  caller: { id: string },
  query: InsightsQuery,
): Promise<Insights> {
  return db.transaction(async (tx) => {
    // One consistent view of all five queries, also while requests are being written.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const [hr] = await tx.query('SELECT 1 FROM employees WHERE id = $1 AND is_hr', [caller.id]);
    if (hr === undefined) throw forbidden('Only HR can see these numbers. Ask HR if you need them.');
    const params = [query.groupBy, query.from, query.to];
    const { folded, people } = await foldedGroups(tx, params);
    const all = [...params, JSON.stringify(folded)];
    const totals = await tx.query<Record<string, string | null> & { key: string }>(TOTALS_SQL, all);
    const spent = monthMap(await tx.query(SPENT_SQL, all));
    const expiring = monthMap(await tx.query(EXPIRING_SQL, all));
    const requests = await tx.query<{ key: string; status: string; reason: DeclineReason; count: number }>(
      REQUESTS_SQL,
      all,
    );

    const spentMonths = monthsBetween(query.from, query.to);
    const expiringMonths = monthsBetween(query.to, null, 12);
    const totalsByKey = new Map(totals.map((row) => [row.key, row]));
    const cents = (row: Record<string, string | null> | undefined, field: string) => Number(row?.[field] ?? 0);
    const groups: InsightGroup[] = [...people.entries()]
      .filter(([, count]) => count >= MIN_GROUP_SIZE)
      .map(([key, count]) => {
        const row = totalsByKey.get(key);
        const own = requests.filter((entry) => entry.key === key);
        const status = Object.fromEntries(
          REQUEST_STATUSES.map((name) => [
            name,
            own.filter((entry) => entry.status === name).reduce((sum, entry) => sum + entry.count, 0),
          ]),
        ) as InsightGroup['requests'];
        const granted = cents(row, 'granted');
        return {
          key,
          people: count,
          granted,
          spent: cents(row, 'spent'),
          reserved: cents(row, 'reserved'),
          available: cents(row, 'available'),
          expired: cents(row, 'expired'),
          utilisation: granted === 0 ? 0 : Math.round((cents(row, 'spent') / granted) * 10_000) / 10_000,
          expiring: { days30: cents(row, 'days30'), days90: cents(row, 'days90'), days365: cents(row, 'days365') },
          spentByMonth: byMonth(spentMonths, spent.get(key)),
          expiringByMonth: byMonth(expiringMonths, expiring.get(key)),
          requests: status,
          declineReasons: own
            .filter((entry) => entry.status === 'declined')
            .map((entry) => ({ code: entry.reason, count: entry.count }))
            .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
        };
      })
      .sort((a, b) => Number(a.key === FOLDED) - Number(b.key === FOLDED) || b.available - a.available);
    return {
      asOf: query.asOf,
      groupBy: query.groupBy,
      from: query.from,
      to: query.to,
      currency: 'EUR',
      minGroupSize: MIN_GROUP_SIZE,
      groups,
    };
  });
}
