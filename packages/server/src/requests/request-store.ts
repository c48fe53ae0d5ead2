import { createHash, randomUUID } from 'node:crypto';
import {
  Course,
  type BudgetPot,
  type CourseRequest,
  type CreateRequestBody,
  type DeclineReason,
  type LedgerEntry,
  type Offering,
  type PotHistory,
  type RefusalReason,
  type RequestApprover,
  type RequestEvent,
  type RequestLine,
  type RequestStatus,
  type ServerPlan,
} from '@leerbudget/contract';
import { planFunding, todayIsoDate, type FundingPlan } from '@leerbudget/funding';
import type { Database, Queryable } from '../db/database.js';
import { reusedKey } from '../http/idempotency-key.js';
import { ProblemError } from '../http/problem.js';
import { invalidParams } from '../http/query.js';
import { checkLedgerInvariants, type LedgerInvariants } from './invariants.js';
import { applyToPot, lockPots, readPots } from './pot-rows.js';
import { forbidden, notFound, refusal } from './refusals.js';
import { lockRequest, REQUEST_COLUMNS, toRequest, type RequestRow } from './request-rows.js';
import { retrying } from './retrying.js';

/** The signed-in employee acting. */
export interface Caller {
  id: string;
  displayName: string;
}

/** The answer to a create: the request, and whether it is the replay of an earlier answer to the same key. */
export interface CreatedRequest {
  request: CourseRequest;
  replayed: boolean;
}

/** What a state change does to the money the request holds. */
type Effect = 'keep' | 'release' | 'spend';

/** An approver note or motivation may hold anything the user typed; the body hash must not depend on key order. */
function bodyHash(body: CreateRequestBody): string {
  const canonical = JSON.stringify([
    body.courseId,
    body.offeringId,
    body.motivation ?? null,
    body.expectedOwnContribution ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function linesOf(plan: FundingPlan): RequestLine[] {
  return [...plan.lines, ...plan.hours.lines].map((line) => ({
    potId: line.potId,
    potName: line.potName,
    unit: line.unit,
    amount: line.amount,
    needsApproval: line.needsApproval,
  }));
}

/** Pots that would have paid but did not, with why; pots simply not needed are left out. */
function blockingReasons(plan: FundingPlan): RefusalReason[] {
  return plan.declined
    .filter((declined) => declined.reason !== 'nothing-left-to-pay')
    .map((declined) => ({ code: declined.reason, potId: declined.potId }));
}

/** Some pot that pays a line asks for a motivation (`rules.requiresMotivation`). */
function asksForMotivation(pots: readonly BudgetPot[], lines: readonly RequestLine[]): boolean {
  const asking = new Set(pots.filter((pot) => pot.rules.requiresMotivation === true).map((pot) => pot.id));
  return lines.some((line) => asking.has(line.potId));
}

/** A pot's `approver` names HR, or (by default) the employee's manager decides. */
function roleOf(approver: string | undefined): 'manager' | 'hr' {
  return approver !== undefined && /\bhr\b/i.test(approver) ? 'hr' : 'manager';
}

const AT_TEXT = `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Course requests and their state machine. Every write is one transaction: it locks the rows it changes (the
 * request, then the pots in id order, then the offering's seats), writes the state change and a ledger entry
 * per pot it touches, and is retried as a whole when the database asks.
 */
/** Requests expired per sweep; a longer backlog is swept on the next calls. */
const SWEEP_BATCH = 100;

export class RequestStore {
  readonly #db: Database;
  /**
   * The last day on which a sweep left nothing overdue. Overdue depends on the date alone, and a request
   * whose deadline has passed can't be submitted, so until the date changes there is nothing to sweep.
   */
  #sweptDay: string | undefined;

  constructor(db: Database) {
    this.#db = db;
  }

  /**
   * Plans `body` over the caller's pots as they are now, reserves every line, holds a seat and stores the
   * answer under the idempotency key, all in one transaction.
   */
  create(caller: Caller, key: string, body: CreateRequestBody, now: Date): Promise<CreatedRequest> {
    const hash = bodyHash(body);
    return retrying(this.#db, async (tx) => {
      const at = now.toISOString();
      const today = todayIsoDate(now);
      // Locked first: a parallel request of the same employee waits here, and then sees this one's key.
      const pots = await readPots(tx, caller.id, { lock: true });
      const [seen] = await tx.query<{ body_sha256: string; response: CourseRequest }>(
        'SELECT body_sha256, response FROM idempotency_keys WHERE employee_id = $1 AND key = $2',
        [caller.id, key],
      );
      if (seen !== undefined) {
        if (seen.body_sha256 !== hash) {
          throw reusedKey();
        }
        return { request: seen.response, replayed: true };
      }
      const { course, offering } = await findOffering(tx, body);
      if (offering.enrolmentDeadline != null && offering.enrolmentDeadline < today)
        throw refusal([{ code: 'enrolment-closed' }]);
      if (offering.start !== null && offering.start < today) throw refusal([{ code: 'offering-started' }]);

      const plan = planFunding(course, offering, pots, { today });
      const lines = linesOf(plan);
      const serverPlan: ServerPlan = { lines, ownContribution: plan.ownContribution };
      if (lines.length === 0) throw refusal([{ code: 'not-funded' }, ...blockingReasons(plan)], serverPlan);
      if ((body.motivation ?? '').trim() === '' && asksForMotivation(pots, lines)) {
        throw invalidParams([
          { name: 'motivation', reason: 'A pot that pays for this course asks why you want it. Write a motivation.' },
        ]);
      }
      if (body.expectedOwnContribution !== undefined && body.expectedOwnContribution !== plan.ownContribution) {
        throw refusal([{ code: 'plan-changed' }, ...blockingReasons(plan)], serverPlan);
      }
      const holdsSeat = await holdSeat(tx, course.id, offering);

      const id = `req-${randomUUID()}`;
      const approvers = await approversFor(tx, caller.id, plan);
      const status: RequestStatus = approvers.length > 0 ? 'submitted' : 'approved';
      const history: RequestEvent[] = [{ status: 'submitted', at, by: caller.id }];
      if (status === 'approved') history.push({ status: 'approved', at, by: null, note: 'No approval needed.' });
      const request: CourseRequest = {
        id,
        status,
        employee: { id: caller.id, displayName: caller.displayName },
        courseId: course.id,
        courseTitle: course.title,
        offeringId: offering.id,
        offeringStart: offering.start,
        enrolmentDeadline: offering.enrolmentDeadline ?? null,
        ...(body.motivation === undefined ? {} : { motivation: body.motivation }),
        price: plan.price,
        lines,
        ownContribution: plan.ownContribution,
        approvers,
        history,
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      const { id: _id, status: _status, version: _version, ...stored } = request;
      await tx.query(
        `INSERT INTO requests (id, employee_id, course_id, offering_id, status, holds_seat, enrolment_deadline, version, body, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::date, 1, $8::jsonb, $9::timestamptz, $9::timestamptz)`,
        [
          id,
          caller.id,
          course.id,
          offering.id,
          status,
          holdsSeat,
          request.enrolmentDeadline,
          JSON.stringify(stored),
          at,
        ],
      );
      for (const line of lines) {
        await tx.query('INSERT INTO request_lines (request_id, pot_id, amount) VALUES ($1, $2, $3)', [
          id,
          line.potId,
          line.amount,
        ]);
        await applyToPot(tx, { potId: line.potId, kind: 'reserved', amount: line.amount, requestId: id, at });
      }
      for (const approver of approvers) {
        await tx.query('INSERT INTO request_approvers (request_id, role, user_id) VALUES ($1, $2, $3)', [
          id,
          approver.role,
          approver.userId,
        ]);
      }
      await tx.query(
        `INSERT INTO idempotency_keys (employee_id, key, body_sha256, request_id, response, created_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::timestamptz)`,
        [caller.id, key, hash, id, JSON.stringify(request), at],
      );
      return { request, replayed: false };
    });
  }

  /** The caller's requests, newest first. */
  async listOwn(caller: Caller): Promise<CourseRequest[]> {
    const rows = await this.#db.query<RequestRow>(
      `SELECT ${REQUEST_COLUMNS} FROM requests WHERE employee_id = $1 ORDER BY seq DESC`,
      [caller.id],
    );
    return rows.map(toRequest);
  }

  /** Requests waiting for the caller's decision (never their own), oldest first. */
  async listApprovals(caller: Caller): Promise<CourseRequest[]> {
    const rows = await this.#db.query<RequestRow>(
      `SELECT ${REQUEST_COLUMNS} FROM requests
        WHERE status = 'submitted' AND employee_id <> $1
          AND EXISTS (SELECT 1 FROM request_approvers approver WHERE approver.request_id = requests.id AND ${APPROVER_MATCH})
        ORDER BY seq`,
      [caller.id],
    );
    const requests = rows.map(toRequest);
    const potIds = [...new Set(requests.flatMap((request) => request.lines.map((line) => line.potId)))];
    if (potIds.length === 0) return requests;
    // What each pot keeps after a yes: its amount is already reserved, so that is what is available now.
    const pots = await this.#db.query<{ id: string; available: number }>(
      'SELECT id, (total - spent - reserved)::float8 AS available FROM pots WHERE id = ANY($1::text[])',
      [potIds],
    );
    const available = new Map(pots.map((pot) => [pot.id, pot.available]));
    return requests.map((request) => ({
      ...request,
      lines: request.lines.map((line) => {
        const left = available.get(line.potId);
        return left === undefined ? line : { ...line, availableAfter: Math.max(0, left) };
      }),
    }));
  }

  /** The caller cancels their own open request; everything it held is released. */
  cancel(caller: Caller, id: string, now: Date): Promise<CourseRequest> {
    return retrying(this.#db, async (tx) => {
      const row = await lockRequest(tx, id);
      if (row === undefined) throw notFound('request', id);
      if (row.employee_id !== caller.id) throw forbidden('This request belongs to someone else.');
      if (row.status !== 'submitted' && row.status !== 'approved') throw refusal([{ code: 'not-open' }]);
      return transition(tx, row, { status: 'cancelled', by: caller.id, at: now.toISOString(), effect: 'release' });
    });
  }

  /**
   * An approver decides. `ifMatch` must be the request's current ETag, so two approvers can never both decide:
   * the second gets `409` (already decided) or `412` (changed since they looked), never a second effect.
   */
  decide(
    caller: Caller,
    id: string,
    decision: { decision: 'approve' | 'decline'; note?: string; reason?: DeclineReason },
    ifMatch: string,
    now: Date,
  ): Promise<CourseRequest> {
    return retrying(this.#db, async (tx) => {
      const row = await lockRequest(tx, id);
      if (row === undefined) throw notFound('request', id);
      const [allowed] = await tx.query(
        `SELECT 1 FROM request_approvers approver WHERE approver.request_id = $2 AND ${APPROVER_MATCH}`,
        [caller.id, id],
      );
      if (allowed === undefined || row.employee_id === caller.id) throw forbidden('This request is not in your queue.');
      if (row.status !== 'submitted') throw refusal([{ code: 'not-submitted' }]);
      if (ifMatch !== `"${row.version}"` && ifMatch !== `W/"${row.version}"`) {
        throw new ProblemError(412, {
          title: 'Precondition Failed',
          detail: 'This request changed since you opened it. Reload it and decide again.',
        });
      }
      const approve = decision.decision === 'approve';
      return transition(tx, row, {
        status: approve ? 'approved' : 'declined',
        by: caller.id,
        at: now.toISOString(),
        effect: approve ? 'keep' : 'release',
        ...(decision.note === undefined ? {} : { note: decision.note }),
        // HR counts declines by reason; one without a code is counted as `other`.
        ...(approve ? {} : { reason: decision.reason ?? 'other' }),
      });
    });
  }

  /** HR (or the provider's integration acting as HR) marks an approved request done: reserved becomes spent. */
  complete(caller: Caller, id: string, now: Date): Promise<CourseRequest> {
    return retrying(this.#db, async (tx) => {
      const [hr] = await tx.query('SELECT 1 FROM employees WHERE id = $1 AND is_hr', [caller.id]);
      if (hr === undefined) throw forbidden('Only HR can mark a course as done.');
      const row = await lockRequest(tx, id);
      if (row === undefined) throw notFound('request', id);
      if (row.status !== 'approved') throw refusal([{ code: 'not-open' }]);
      return transition(tx, row, { status: 'completed', by: caller.id, at: now.toISOString(), effect: 'spend' });
    });
  }

  /**
   * Expires every undecided request whose enrolment deadline has passed, releasing what it held. Runs before
   * the request and budget endpoints answer, so no scheduler (and no state in the server process) is needed.
   * Returns how many expired.
   */
  async expireOverdue(now: Date): Promise<number> {
    const today = todayIsoDate(now);
    if (this.#sweptDay === today) return 0;
    const due = await this.#db.query<{ id: string }>(
      `SELECT id FROM requests WHERE status = 'submitted' AND enrolment_deadline < $1::date ORDER BY seq LIMIT $2`,
      [today, SWEEP_BATCH],
    );
    let expired = 0;
    for (const { id } of due) {
      expired += await retrying(this.#db, async (tx) => {
        const row = await lockRequest(tx, id);
        // Another instance may have decided or expired it meanwhile.
        if (row?.status !== 'submitted') return 0;
        const at = now.toISOString();
        await transition(tx, row, {
          status: 'expired',
          by: null,
          at,
          effect: 'release',
          note: 'No decision before the enrolment deadline.',
        });
        return 1;
      });
    }
    if (due.length < SWEEP_BATCH) this.#sweptDay = today;
    return expired;
  }

  /** Counts of broken money rules over the whole database (all 0 when the ledger is sound). */
  invariants(): Promise<LedgerInvariants> {
    return checkLedgerInvariants(this.#db);
  }

  /** One page of a pot's ledger, newest first. Only the pot's owner may read it. */
  async history(caller: Caller, potId: string, page: { limit: number; beforeId?: string }): Promise<PotHistory> {
    const [pot] = await this.#db.query<{ employee_id: string }>('SELECT employee_id FROM pots WHERE id = $1', [potId]);
    if (pot === undefined) throw notFound('pot', potId);
    if (pot.employee_id !== caller.id) throw forbidden('This pot belongs to someone else.');
    const rows = await this.#db.query<{
      id: string;
      kind: LedgerEntry['kind'];
      amount: number;
      request_id: string | null;
      at: string;
      total: number;
      spent: number;
      reserved: number;
    }>(
      `SELECT id::text AS id, kind, amount::float8 AS amount, request_id, ${AT_TEXT} AS at,
              total_after::float8 AS total, spent_after::float8 AS spent, reserved_after::float8 AS reserved
         FROM ledger_entries WHERE pot_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
        ORDER BY ledger_entries.id DESC LIMIT $3`,
      [potId, page.beforeId ?? null, page.limit + 1],
    );
    const items: LedgerEntry[] = rows.slice(0, page.limit).map((row) => ({
      id: row.id,
      kind: row.kind,
      amount: row.amount,
      requestId: row.request_id,
      at: row.at,
      balance: {
        total: row.total,
        spent: row.spent,
        reserved: row.reserved,
        available: Math.max(0, Math.round((row.total - row.spent - row.reserved) * 100) / 100),
      },
    }));
    return { potId, items, nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
  }
}

/** `$1` is the caller: a manager named on the request, or anyone in HR for an HR approval. */
const APPROVER_MATCH = `((approver.role = 'manager' AND approver.user_id = $1)
  OR (approver.role = 'hr' AND EXISTS (SELECT 1 FROM employees WHERE employees.id = $1 AND employees.is_hr)))`;

async function findOffering(tx: Queryable, body: CreateRequestBody): Promise<{ course: Course; offering: Offering }> {
  const [row] = await tx.query<{ body: unknown }>('SELECT body FROM courses WHERE id = $1 AND NOT deleted', [
    body.courseId,
  ]);
  const parsed = row === undefined ? undefined : Course.safeParse(row.body);
  if (parsed === undefined || !parsed.success) throw notFound('course', body.courseId);
  const offering = parsed.data.offerings.find((candidate) => candidate.id === body.offeringId);
  if (offering === undefined) throw notFound('offering', body.offeringId);
  return { course: parsed.data, offering };
}

/**
 * Takes one seat of an offering with limited places. The seat row is made from the catalogue's `seatsLeft` the
 * first time anyone asks, and the CHECK on it (and the row lock of the UPDATE) means seats never go below zero.
 */
async function holdSeat(tx: Queryable, courseId: string, offering: Offering): Promise<boolean> {
  if (offering.seatsLeft == null) return false;
  await tx.query(
    'INSERT INTO offering_seats (offering_id, course_id, capacity) VALUES ($1, $2, $3) ON CONFLICT (offering_id) DO NOTHING',
    [offering.id, courseId, offering.seatsLeft],
  );
  const taken = await tx.query(
    'UPDATE offering_seats SET held = held + 1 WHERE offering_id = $1 AND held < capacity RETURNING held',
    [offering.id],
  );
  if (taken.length === 0) throw refusal([{ code: 'offering-full' }]);
  return true;
}

/** Who must decide: HR for pots that name HR, otherwise the employee's manager (HR when there is none). */
async function approversFor(tx: Queryable, employeeId: string, plan: FundingPlan): Promise<RequestApprover[]> {
  const needing = [...plan.lines, ...plan.hours.lines].filter((line) => line.needsApproval);
  if (needing.length === 0) return [];
  const [employee] = await tx.query<{ manager_id: string | null; manager_name: string | null }>(
    `SELECT employees.manager_id, manager.profile ->> 'displayName' AS manager_name
       FROM employees LEFT JOIN employees manager ON manager.id = employees.manager_id
      WHERE employees.id = $1`,
    [employeeId],
  );
  const managerId = employee?.manager_id ?? null;
  const managerName = employee?.manager_name ?? null;
  const roles = new Set(needing.map((line) => (managerId === null ? 'hr' : roleOf(line.approver))));
  return [...roles]
    .sort()
    .map((role) =>
      role === 'manager'
        ? { role, userId: managerId, ...(managerName === null ? {} : { displayName: managerName }) }
        : { role, userId: null },
    );
}

/** Moves a locked request to `status`, with the ledger entries its effect needs, in the caller's transaction. */
async function transition(
  tx: Queryable,
  row: RequestRow,
  change: {
    status: RequestStatus;
    by: string | null;
    at: string;
    effect: Effect;
    note?: string;
    reason?: DeclineReason;
  },
): Promise<CourseRequest> {
  const lines = await tx.query<{ pot_id: string; amount: number }>(
    'SELECT pot_id, amount::float8 AS amount FROM request_lines WHERE request_id = $1 ORDER BY pot_id',
    [row.id],
  );
  if (change.effect !== 'keep') {
    await lockPots(
      tx,
      lines.map((line) => line.pot_id),
    );
    for (const line of lines) {
      await applyToPot(tx, {
        potId: line.pot_id,
        kind: 'released',
        amount: line.amount,
        requestId: row.id,
        at: change.at,
      });
      if (change.effect === 'spend') {
        await applyToPot(tx, {
          potId: line.pot_id,
          kind: 'spent',
          amount: line.amount,
          requestId: row.id,
          at: change.at,
        });
      }
    }
  }
  const releaseSeat = change.effect === 'release' && row.holds_seat;
  if (releaseSeat)
    await tx.query('UPDATE offering_seats SET held = held - 1 WHERE offering_id = $1', [row.offering_id]);
  const event: RequestEvent = {
    status: change.status,
    at: change.at,
    by: change.by,
    ...(change.note === undefined ? {} : { note: change.note }),
    ...(change.reason === undefined ? {} : { reason: change.reason }),
  };
  const [updated] = await tx.query<RequestRow>(
    `UPDATE requests
        SET status = $2, version = version + 1, holds_seat = holds_seat AND NOT $3::boolean, updated_at = $4::timestamptz,
            decline_reason = COALESCE($7, decline_reason),
            body = jsonb_set(body || jsonb_build_object('updatedAt', $6::text), '{history}', (body -> 'history') || $5::jsonb)
      WHERE id = $1
      RETURNING ${REQUEST_COLUMNS}`,
    [row.id, change.status, releaseSeat, change.at, JSON.stringify([event]), change.at, change.reason ?? null],
  );
  return toRequest(updated!);
}
