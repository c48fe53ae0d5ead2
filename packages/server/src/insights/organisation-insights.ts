import {
  REQUEST_STATUSES,
  type DeclineReason,
  type InsightGroup,
  type Insights,
  type MonthAmount,
} from '@leerbudget/contract';
import type { Database, Queryable } from '../db/database.js';
import { forbidden } from '../requests/refusals.js';
import { carriedAmount, carryOverColumns } from './carry-over-sql.js';

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
const members = (folded: string) => `
  member AS (
    SELECT id AS employee_id, COALESCE(department, '${FOLDED}') AS raw_key FROM employees WHERE $1 = 'department'
    UNION
    SELECT employee_id, definition ->> 'kind' FROM pots WHERE $1 = 'potKind' AND definition ->> 'unit' = 'money'),
  grp AS MATERIALIZED (
    SELECT employee_id, raw_key,
           CASE WHEN jsonb_exists(${folded}::jsonb, raw_key) THEN '${FOLDED}' ELSE raw_key END AS key
      FROM member)`;

/** People per raw group (`$1` the grouping, `$2` the folded groups). */
const PEOPLE_SQL = `WITH ${members('$2')} SELECT key, count(DISTINCT employee_id)::int AS people FROM grp GROUP BY key`;

/**
 * Everything else in one statement, so the ledger is read once: each pot as its ledger entries up to the end of
 * `$3` add up (granted minus expired, spent, reserved minus released), summed per group, per group and month,
 * and the requests per group, status and reason. The answer is one JSON document of small row sets.
 *
 * What carries over is not expiring on `expiresAt`: `ending` has one row for what is lost then and one for the
 * carried part, lost on `carryOverUntil`; a pot in its carry-over period at `$3` still has the carried part.
 */
const INSIGHTS_SQL = `WITH ${members('$4')},
  pot AS MATERIALIZED (
    SELECT p.id, grp.key, (p.definition ->> 'expiresAt')::date AS expires_at, ${carryOverColumns('p.definition')}
      FROM pots p JOIN grp ON grp.employee_id = p.employee_id AND ($1 = 'department' OR grp.raw_key = p.definition ->> 'kind')
     WHERE p.definition ->> 'unit' = 'money'
       AND COALESCE((p.definition ->> 'validFrom')::date, $2::date) <= $3::date
       AND COALESCE((p.definition ->> 'expiresAt')::date, $2::date) >= $2::date),
  ledger AS MATERIALIZED (
    SELECT l.pot_id,
           sum(CASE l.kind WHEN 'granted' THEN l.amount WHEN 'expired' THEN -l.amount ELSE 0 END) AS total,
           sum(CASE l.kind WHEN 'spent' THEN l.amount ELSE 0 END) AS spent,
           sum(CASE l.kind WHEN 'reserved' THEN l.amount WHEN 'released' THEN -l.amount ELSE 0 END) AS reserved
      FROM ledger_entries l
     WHERE l.at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
     GROUP BY l.pot_id),
  balance AS MATERIALIZED (
    SELECT pot.*, ledger.total, ledger.spent, ledger.reserved,
           ledger.total - ledger.spent - ledger.reserved AS unused,
           (pot.expires_at IS NULL OR pot.expires_at >= $3::date) AS live
      FROM pot JOIN ledger ON ledger.pot_id = pot.id),
  state AS MATERIALIZED (
    SELECT balance.*, ${carriedAmount('unused')} AS carried FROM balance),
  ending AS (
    SELECT key, expires_at AS day, unused - carried AS amount FROM state WHERE live AND expires_at IS NOT NULL
    UNION ALL
    SELECT key, carry_until, carried FROM state WHERE carried > 0 AND carry_until >= $3::date),
  windows AS (
    SELECT key,
           COALESCE(sum(amount) FILTER (WHERE day <= $3::date + 30), 0)::bigint AS days30,
           COALESCE(sum(amount) FILTER (WHERE day <= $3::date + 90), 0)::bigint AS days90,
           COALESCE(sum(amount) FILTER (WHERE day <= $3::date + 365), 0)::bigint AS days365
      FROM ending GROUP BY key),
  totals AS (
    SELECT state.key,
           sum(total)::bigint AS granted, sum(spent)::bigint AS spent, sum(reserved)::bigint AS reserved,
           COALESCE(sum(CASE WHEN live THEN unused WHEN carry_until >= $3::date THEN carried ELSE 0 END), 0)::bigint
             AS available,
           COALESCE(sum(CASE WHEN carry_until >= $3::date THEN unused - carried ELSE unused END) FILTER (WHERE NOT live), 0)::bigint
             AS expired,
           COALESCE(min(windows.days30), 0) AS days30, COALESCE(min(windows.days90), 0) AS days90,
           COALESCE(min(windows.days365), 0) AS days365
      FROM state LEFT JOIN windows ON windows.key = state.key GROUP BY state.key),
  expiring AS (
    SELECT key, to_char(day, 'YYYY-MM') AS month, sum(amount)::bigint AS amount
      FROM ending
     WHERE amount > 0 AND day < (date_trunc('month', $3::date) + interval '12 months')::date
     GROUP BY 1, 2),
  spending AS (
    SELECT pot.key, to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, sum(l.amount)::bigint AS amount
      FROM ledger_entries l JOIN pot ON pot.id = l.pot_id
     WHERE l.kind = 'spent'
       AND l.at >= ($2::date)::timestamp AT TIME ZONE 'UTC' AND l.at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
     GROUP BY 1, 2),
  -- By pot kind, a request counts for the kinds it uses.
  asked AS (
    SELECT grp.key, r.status, COALESCE(r.decline_reason, 'other') AS reason, count(DISTINCT r.id)::int AS count
      FROM requests r JOIN grp ON grp.employee_id = r.employee_id
     WHERE r.created_at >= ($2::date)::timestamp AT TIME ZONE 'UTC'
       AND r.created_at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
       AND ($1 = 'department' OR EXISTS (
         SELECT 1 FROM request_lines rl JOIN pots p ON p.id = rl.pot_id
          WHERE rl.request_id = r.id AND p.definition ->> 'kind' = grp.raw_key))
     GROUP BY 1, 2, 3),
  headcount AS (SELECT key, count(DISTINCT employee_id)::int AS people FROM grp GROUP BY key)
  SELECT json_build_object(
    'people', (SELECT COALESCE(json_agg(headcount), '[]') FROM headcount),
    'totals', (SELECT COALESCE(json_agg(totals), '[]') FROM totals),
    'expiring', (SELECT COALESCE(json_agg(expiring), '[]') FROM expiring),
    'spending', (SELECT COALESCE(json_agg(spending), '[]') FROM spending),
    'requests', (SELECT COALESCE(json_agg(asked), '[]') FROM asked))::text AS result`;

interface Sums {
  people: { key: string; people: number }[];
  totals: (Record<
    'granted' | 'spent' | 'reserved' | 'available' | 'expired' | 'days30' | 'days90' | 'days365',
    number
  > & {
    key: string;
  })[];
  expiring: { key: string; month: string; amount: number }[];
  spending: { key: string; month: string; amount: number }[];
  requests: { key: string; status: string; reason: DeclineReason; count: number }[];
}

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
function monthMap(rows: readonly { key: string; month: string; amount: number }[]): Map<string, Map<string, number>> {
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
 * smallest group too. People are counted by the database, distinctly (also across folded pot kinds), so "overig"
 * is never smaller than it says. Only these counts are repeated; the sums run once, with the final folding.
 */
async function foldedGroups(db: Queryable, groupBy: string): Promise<string[]> {
  const raw = await db.query<{ key: string; people: number }>(PEOPLE_SQL, [groupBy, '[]']);
  const folded = raw.filter((row) => row.people < MIN_GROUP_SIZE || row.key === FOLDED).map((row) => row.key);
  for (;;) {
    const people = await db.query<{ key: string; people: number }>(PEOPLE_SQL, [groupBy, JSON.stringify(folded)]);
    const rest = people
      .filter((row) => row.key !== FOLDED)
      .sort((a, b) => a.people - b.people || (a.key < b.key ? -1 : 1));
    const small = (people.find((row) => row.key === FOLDED)?.people ?? MIN_GROUP_SIZE) < MIN_GROUP_SIZE;
    if (!small || rest.length === 0) return folded;
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
    // One consistent view of all queries, also while requests are being written.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const [hr] = await tx.query('SELECT 1 FROM employees WHERE id = $1 AND is_hr', [caller.id]);
    if (hr === undefined) throw forbidden('Only HR can see these numbers. Ask HR if you need them.');
    const folded = await foldedGroups(tx, query.groupBy);
    const [row] = await tx.query<{ result: string }>(INSIGHTS_SQL, [
      query.groupBy,
      query.from,
      query.to,
      JSON.stringify(folded),
    ]);
    const result = JSON.parse(row!.result) as Sums;
    const spent = monthMap(result.spending);
    const expiring = monthMap(result.expiring);
    const spentMonths = monthsBetween(query.from, query.to);
    const expiringMonths = monthsBetween(query.to, null, 12);
    const totalsByKey = new Map(result.totals.map((row) => [row.key, row]));
    const groups: InsightGroup[] = result.people
      .filter((row) => row.people >= MIN_GROUP_SIZE)
      .map(({ key, people }) => {
        const row = totalsByKey.get(key);
        const own = result.requests.filter((entry) => entry.key === key);
        const status = Object.fromEntries(
          REQUEST_STATUSES.map((name) => [
            name,
            own.filter((entry) => entry.status === name).reduce((sum, entry) => sum + entry.count, 0),
          ]),
        ) as InsightGroup['requests'];
        const granted = Number(row?.granted ?? 0);
        const spentNow = Number(row?.spent ?? 0);
        return {
          key,
          people,
          granted,
          spent: spentNow,
          reserved: Number(row?.reserved ?? 0),
          available: Number(row?.available ?? 0),
          expired: Number(row?.expired ?? 0),
          utilisation: granted === 0 ? 0 : Math.round((spentNow / granted) * 10_000) / 10_000,
          expiring: {
            days30: Number(row?.days30 ?? 0),
            days90: Number(row?.days90 ?? 0),
            days365: Number(row?.days365 ?? 0),
          },
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
