import type { TeamBudget, TeamMember } from '@leerbudget/contract';
import type { Queryable } from '../db/database.js';
import { readLearningPaths } from '../learning/learning-path-rows.js';
import { forbidden } from '../requests/refusals.js';
import { readPots } from '../requests/pot-rows.js';
import { carriedAmount, carryOverColumns } from './carry-over-sql.js';

/** A pot's available amount, and whether it has started on `$2`. */
const AVAILABLE = '(p.total - p.spent - p.reserved)';
const STARTED = `((p.definition ->> 'validFrom') IS NULL OR (p.definition ->> 'validFrom')::date <= $2::date)`;
/** Up to `expiresAt` (or without one) a pot is in its own period; after it, only what carried over is left. */
const IN_PERIOD = 'expires_at IS NULL OR expires_at >= $2::date';
/** Team pots are money a manager looks after for others: never part of anyone's own budget. */
const OWN = `(p.definition ->> 'kind') IS DISTINCT FROM 'team'`;

interface MemberRow {
  id: string;
  display_name: string;
  money: string;
  hours: number;
  open_requests: number;
  expiry_date: string | null;
  expiry_unit: 'money' | 'hours' | null;
  expiry_amount: number | null;
}

/**
 * The direct reports of `managerId` with their own available money and hours, the first expiry within 90 days
 * (the amount lost after that day, money before hours when both expire then: what carries over is not lost, and
 * in the carry-over period the carried amount ends on `carryOverUntil`), their undecided requests and how far
 * they are on their learning routes. One query; the database sums, sorts and picks.
 */
async function members(db: Queryable, managerId: string, today: string): Promise<TeamMember[]> {
  const rows = await db.query<MemberRow>(
    `WITH team AS (SELECT id, profile ->> 'displayName' AS display_name FROM employees WHERE manager_id = $1 AND id <> $1),
     pot AS (
       SELECT p.employee_id, p.definition ->> 'unit' AS unit, (p.definition ->> 'expiresAt')::date AS expires_at,
              ${AVAILABLE} AS available, ${carryOverColumns('p.definition')}
         FROM pots p JOIN team ON team.id = p.employee_id
        WHERE ${OWN} AND ${STARTED}),
     carrying AS (SELECT pot.*, ${carriedAmount('available')} AS carried FROM pot),
     own AS (
       SELECT employee_id, unit,
              CASE WHEN ${IN_PERIOD} THEN available ELSE carried END AS available,
              CASE WHEN ${IN_PERIOD} THEN expires_at ELSE carry_until END AS ends_at,
              CASE WHEN ${IN_PERIOD} THEN available - carried ELSE carried END AS lost
         FROM carrying
        WHERE ${IN_PERIOD} OR (carried > 0 AND carry_until >= $2::date)),
     totals AS (
       SELECT employee_id,
              COALESCE(sum(available) FILTER (WHERE unit = 'money'), 0) AS money,
              COALESCE(sum(available) FILTER (WHERE unit = 'hours'), 0) AS hours
         FROM own GROUP BY employee_id),
     expiry AS (
       SELECT DISTINCT ON (employee_id) employee_id, ends_at AS expires_at, unit, sum(lost) AS amount
         FROM own
        WHERE lost > 0 AND ends_at <= $2::date + 90
        GROUP BY employee_id, ends_at, unit
        ORDER BY employee_id, ends_at, unit DESC),
     waiting AS (
       SELECT employee_id, count(*) AS open_requests FROM requests
        WHERE status = 'submitted' AND employee_id IN (SELECT id FROM team) GROUP BY employee_id)
     SELECT team.id, team.display_name,
            COALESCE(totals.money, 0)::bigint::text AS money, COALESCE(totals.hours, 0)::float8 AS hours,
            COALESCE(waiting.open_requests, 0)::int AS open_requests,
            to_char(expiry.expires_at, 'YYYY-MM-DD') AS expiry_date, expiry.unit AS expiry_unit,
            expiry.amount::float8 AS expiry_amount
       FROM team
       LEFT JOIN totals ON totals.employee_id = team.id
       LEFT JOIN expiry ON expiry.employee_id = team.id
       LEFT JOIN waiting ON waiting.employee_id = team.id
      ORDER BY expiry.expires_at NULLS LAST, team.display_name, team.id`,
    [managerId, today],
  );
  const progress = await routeProgress(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    availableMoney: Number(row.money),
    currency: 'EUR',
    availableHours: row.hours,
    nextExpiry:
      row.expiry_date === null || row.expiry_unit === null
        ? null
        : { date: row.expiry_date, unit: row.expiry_unit, amount: row.expiry_amount ?? 0 },
    openRequests: row.open_requests,
    routeProgress: progress.get(row.id) ?? { stepsDone: 0, stepsTotal: 0 },
  }));
}

type RouteProgress = NonNullable<TeamMember['routeProgress']>;

/** Steps done and in all per person, over all their learning paths, with the steps they marked done themselves. */
async function routeProgress(db: Queryable, employeeIds: readonly string[]): Promise<Map<string, RouteProgress>> {
  const byEmployee = new Map<string, RouteProgress>();
  for (const { ownerId, path } of await readLearningPaths(db, employeeIds)) {
    const sum = byEmployee.get(ownerId) ?? { stepsDone: 0, stepsTotal: 0 };
    byEmployee.set(ownerId, {
      stepsDone: sum.stepsDone + path.progress.stepsDone,
      stepsTotal: sum.stepsTotal + path.progress.stepsTotal,
    });
  }
  return byEmployee;
}

/**
 * `GET /v1/team/budgets`: a manager sees their own direct reports; HR may ask for any manager's team. Anybody
 * else (an employee without reports, another team's manager) is refused, and the refusal names nobody.
 */
export async function teamBudgets(
  db: Queryable,
  caller: { id: string },
  options: { managerId?: string; today: string; asOf: string },
): Promise<TeamBudget> {
  const managerId = options.managerId ?? caller.id;
  const [role] = await db.query<{ hr: boolean; reports: number }>(
    `SELECT is_hr AS hr, (SELECT count(*)::int FROM employees WHERE manager_id = $1 AND id <> $1) AS reports
       FROM employees WHERE id = $2`,
    [managerId, caller.id],
  );
  const hr = role?.hr === true;
  if (managerId !== caller.id && !hr) throw forbidden('You can only see the budgets of the people you manage.');
  if (managerId === caller.id && !hr && (role?.reports ?? 0) === 0) {
    throw forbidden('You can only see the budgets of the people you manage.');
  }
  const teamPots = (await readPots(db, managerId)).filter((pot) => pot.kind === 'team');
  return { managerId, asOf: options.asOf, members: await members(db, managerId, options.today), teamPots };
}
