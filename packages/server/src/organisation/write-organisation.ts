import { createHash } from 'node:crypto';
import type { BudgetPot, CourseRequest, DeclineReason, RequestStatus } from '@leerbudget/contract';
import type { Queryable } from '../db/database.js';
import type { LedgerKind } from '../requests/pot-rows.js';

/** One person of a bulk-written organisation. Without `token` nobody can sign in as them. */
export interface OrgEmployee {
  id: string;
  displayName: string;
  department: string | null;
  managerId: string | null;
  token?: string;
}

/** One past change to a pot, at its own moment: what the ledger would hold after a year of use. */
export interface OrgLedgerEntry {
  kind: LedgerKind;
  amount: number;
  at: string;
  /** The request that held or spent this money, so the ledger and the requests agree. */
  requestId?: string;
}

/** A pot with its history; its numbers are what the entries add up to. */
export interface OrgPot {
  employeeId: string;
  definition: Omit<BudgetPot, 'total' | 'spent' | 'reserved' | 'available'>;
  entries: OrgLedgerEntry[];
}

/** A past request on one pot. The money it held or spent is already in that pot's entries. */
export interface OrgRequest {
  id: string;
  employeeId: string;
  potId: string;
  amount: number;
  status: RequestStatus;
  declineReason?: DeclineReason;
  courseId: string;
  courseTitle: string;
  createdAt: string;
  updatedAt: string;
}

export interface Organisation {
  /**
   * What this organisation was generated from (for example day, size and seed). When the database already holds
   * an organisation with the same fingerprint, nothing is written: a restart on the same day stays fast.
   */
  fingerprint?: string;
  /** Also remove everybody whose id starts with this, so a smaller organisation leaves nobody behind. */
  replacesPrefix?: string;
  employees: OrgEmployee[];
  pots: OrgPot[];
  requests: OrgRequest[];
}

/** Rows per INSERT: big enough to be fast, small enough for PGlite's memory. */
const BATCH = 4_000;

async function insertBatched(db: Queryable, sql: string, rows: readonly unknown[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await db.query(sql, [JSON.stringify(rows.slice(start, start + BATCH))]);
  }
}

/** The pot's numbers after each entry, in time order (the order the ledger stores them in), as the ledger has them. */
function withBalances(pot: OrgPot) {
  let total = 0;
  let spent = 0;
  let reserved = 0;
  const inTimeOrder = [...pot.entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const entries = inTimeOrder.map((entry) => {
    if (entry.kind === 'granted') total += entry.amount;
    if (entry.kind === 'expired') total -= entry.amount;
    if (entry.kind === 'reserved') reserved += entry.amount;
    if (entry.kind === 'released') reserved -= entry.amount;
    if (entry.kind === 'spent') spent += entry.amount;
    return {
      pot_id: pot.definition.id,
      kind: entry.kind,
      amount: entry.amount,
      at: entry.at,
      request_id: entry.requestId ?? null,
      total_after: total,
      spent_after: spent,
      reserved_after: reserved,
    };
  });
  return { total, spent, reserved, entries };
}

function requestBody(request: OrgRequest, employee: OrgEmployee, pot: OrgPot) {
  const history: CourseRequest['history'] = [{ status: 'submitted', at: request.createdAt, by: request.employeeId }];
  if (request.status === 'completed')
    history.push({ status: 'approved', at: request.createdAt, by: employee.managerId });
  if (request.status !== 'submitted') {
    history.push({
      status: request.status,
      at: request.updatedAt,
      by:
        request.status === 'expired' ? null : request.status === 'cancelled' ? request.employeeId : employee.managerId,
      ...(request.declineReason === undefined ? {} : { reason: request.declineReason }),
    });
  }
  const body: Omit<CourseRequest, 'id' | 'status' | 'version'> = {
    employee: { id: employee.id, displayName: employee.displayName },
    courseId: request.courseId,
    courseTitle: request.courseTitle,
    offeringId: `${request.courseId}-1`,
    offeringStart: null,
    enrolmentDeadline: null,
    price: { amount: request.amount, currency: 'EUR' },
    lines: [
      {
        potId: pot.definition.id,
        potName: pot.definition.name,
        unit: 'money',
        amount: request.amount,
        needsApproval: true,
      },
    ],
    ownContribution: 0,
    approvers: [],
    history,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
  return { body, version: history.length };
}

/**
 * Replaces these people, with their pots, ledgers and requests, in bulk: a few statements per table instead of
 * several per person, so an organisation of thousands seeds in about a second. Everything these people had before
 * is removed first, so a restart moves the history with the calendar. Their requests have no approver rows: they
 * are history for HR's numbers and never turn up in anyone's queue.
 */
export async function writeOrganisation(db: Queryable, org: Organisation): Promise<void> {
  if (org.fingerprint !== undefined) {
    const [state] = await db.query<{ fingerprint: string }>(
      'SELECT fingerprint FROM organisation_state WHERE id = 1 FOR UPDATE',
    );
    if (state?.fingerprint === org.fingerprint) return;
    await db.query(
      `INSERT INTO organisation_state (id, fingerprint) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint`,
      [org.fingerprint],
    );
  }
  const listed = JSON.stringify(org.employees.map((employee) => employee.id));
  const [{ ids } = { ids: '[]' }] = await db.query<{ ids: string }>(
    `SELECT COALESCE(jsonb_agg(id), '[]')::text AS ids FROM (
       SELECT jsonb_array_elements_text($1::jsonb) AS id
       UNION SELECT id FROM employees WHERE $2::text IS NOT NULL AND starts_with(id, $2::text)) AS everyone`,
    [listed, org.replacesPrefix ?? null],
  );
  const mine = `SELECT jsonb_array_elements_text($1::jsonb)`;
  const theirRequests = `SELECT id FROM requests WHERE employee_id IN (${mine})`;
  const theirPots = `SELECT id FROM pots WHERE employee_id IN (${mine})`;
  await db.query(`DELETE FROM idempotency_keys WHERE employee_id IN (${mine})`, [ids]);
  await db.query(`DELETE FROM request_approvers WHERE request_id IN (${theirRequests})`, [ids]);
  await db.query(`DELETE FROM request_lines WHERE request_id IN (${theirRequests}) OR pot_id IN (${theirPots})`, [ids]);
  await db.query(`DELETE FROM requests WHERE employee_id IN (${mine})`, [ids]);
  await db.query(`DELETE FROM ledger_entries WHERE pot_id IN (${theirPots})`, [ids]);
  await db.query(`DELETE FROM pots WHERE employee_id IN (${mine})`, [ids]);
  await db.query(`DELETE FROM step_completions WHERE employee_id IN (${mine})`, [ids]);
  await db.query(`DELETE FROM learning_paths WHERE employee_id IN (${mine})`, [ids]);
  await db.query(`DELETE FROM employees WHERE id IN (${mine})`, [ids]);

  await insertBatched(
    db,
    `INSERT INTO employees (id, token_sha256, profile, manager_id, is_hr, department)
     SELECT id, token_sha256, profile, manager_id, false, department
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, token_sha256 text, profile jsonb, manager_id text, department text)`,
    org.employees.map((employee) => ({
      id: employee.id,
      // Not a hex digest, so no token can ever match a person without one.
      token_sha256:
        employee.token === undefined
          ? `none:${employee.id}`
          : createHash('sha256').update(employee.token).digest('hex'),
      profile: { id: employee.id, displayName: employee.displayName, locale: 'nl', manages: [] },
      manager_id: employee.managerId,
      department: employee.department,
    })),
  );

  const positions = new Map<string, number>();
  const pots = org.pots.map((pot) => {
    const position = positions.get(pot.employeeId) ?? 0;
    positions.set(pot.employeeId, position + 1);
    return { pot, position, ...withBalances(pot) };
  });
  await insertBatched(
    db,
    `INSERT INTO pots (id, employee_id, position, definition, total, spent, reserved)
     SELECT id, employee_id, position, definition, total, spent, reserved
       FROM jsonb_to_recordset($1::jsonb)
         AS x(id text, employee_id text, position int, definition jsonb, total numeric, spent numeric, reserved numeric)`,
    pots.map(({ pot, position, total, spent, reserved }) => ({
      id: pot.definition.id,
      employee_id: pot.employeeId,
      position,
      definition: pot.definition,
      total,
      spent,
      reserved,
    })),
  );
  await insertBatched(
    db,
    `INSERT INTO ledger_entries (pot_id, kind, amount, request_id, at, total_after, spent_after, reserved_after)
     SELECT pot_id, kind, amount, request_id, at, total_after, spent_after, reserved_after
       FROM jsonb_to_recordset($1::jsonb) AS x(pot_id text, kind text, amount numeric, request_id text, at timestamptz,
            total_after numeric, spent_after numeric, reserved_after numeric, ord int)
      ORDER BY at, ord`,
    // Ids follow time, and a pot's entries of one moment keep their order: its last entry holds its numbers.
    pots.flatMap((pot) => pot.entries).map((entry, ord) => ({ ...entry, ord })),
  );

  const employees = new Map(org.employees.map((employee) => [employee.id, employee]));
  const potsById = new Map(org.pots.map((pot) => [pot.definition.id, pot]));
  const requests = org.requests.map((request) => {
    const { body, version } = requestBody(request, employees.get(request.employeeId)!, potsById.get(request.potId)!);
    return {
      id: request.id,
      employee_id: request.employeeId,
      course_id: request.courseId,
      offering_id: body.offeringId,
      status: request.status,
      version,
      body,
      created_at: request.createdAt,
      updated_at: request.updatedAt,
      decline_reason: request.declineReason ?? null,
    };
  });
  await insertBatched(
    db,
    `INSERT INTO requests (id, employee_id, course_id, offering_id, status, holds_seat, enrolment_deadline, version, body,
                           created_at, updated_at, decline_reason)
     SELECT id, employee_id, course_id, offering_id, status, false, NULL, version, body, created_at, updated_at, decline_reason
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, employee_id text, course_id text, offering_id text, status text,
            version int, body jsonb, created_at timestamptz, updated_at timestamptz, decline_reason text)
      ORDER BY created_at`,
    requests,
  );
  await insertBatched(
    db,
    `INSERT INTO request_lines (request_id, pot_id, amount)
     SELECT id, pot_id, amount FROM jsonb_to_recordset($1::jsonb) AS x(id text, pot_id text, amount numeric)`,
    org.requests.map((request) => ({ id: request.id, pot_id: request.potId, amount: request.amount })),
  );
}
