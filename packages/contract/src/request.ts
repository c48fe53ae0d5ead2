import './zod-config.js';
import * as z from 'zod/mini';
import { CurrencyCode, Id, IsoDate, IsoDateTime, openEnum } from './common.js';

/**
 * Where a course request is: `submitted` waits for an approver; `approved` holds the money until the course
 * is done; `completed` spent it. `declined`, `cancelled` and `expired` (no decision before the enrolment
 * deadline) released everything the request held.
 */
export const REQUEST_STATUSES = ['submitted', 'approved', 'completed', 'declined', 'cancelled', 'expired'] as const;
export const RequestStatus = openEnum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

/** The body of `POST /v1/me/requests`. */
export const CreateRequestBody = z.object({
  courseId: Id,
  offeringId: Id,
  motivation: z.optional(z.string().check(z.maxLength(2000))),
  /**
   * What the browser's plan said the employee pays, in cents. When the server's plan differs, the answer is
   * `409` with reason `plan-changed` and the server's plan, and nothing is reserved.
   */
  expectedOwnContribution: z.optional(z.int().check(z.nonnegative())),
});
export type CreateRequestBody = z.infer<typeof CreateRequestBody>;

/** What one pot holds (or paid) for a request: cents for money pots, hours for time pots. */
export const RequestLine = z.object({
  potId: Id,
  potName: z.string(),
  unit: z.enum(['money', 'hours']),
  amount: z.number().check(z.positive()),
  needsApproval: z.boolean(),
  /**
   * In an approver's queue only: what is left in the pot with this request's amount already held, so the
   * approver sees what the pot keeps after saying yes without seeing the rest of the employee's budget.
   */
  availableAfter: z.optional(z.number().check(z.nonnegative())),
});
export type RequestLine = z.infer<typeof RequestLine>;

/** Who may decide a request: the employee's manager, or anyone in HR. */
export const RequestApprover = z.object({
  role: openEnum(['manager', 'hr'] as const),
  /** The person, for a manager; `null` when anyone with the role may decide. */
  userId: z.nullable(Id),
  /** The manager's name, so the employee reads who decides ("Je aanvraag staat bij Lisa de Boer"). */
  displayName: z.optional(z.string()),
});
export type RequestApprover = z.infer<typeof RequestApprover>;

/**
 * Why an approver declined a request, sent with the decision so HR can see patterns: the course does not fit
 * the work, costs too much for what it gives, comes at a bad time, or the money is needed for something else.
 * Anything else is `other` (the note says more).
 */
export const DECLINE_REASONS = ['not-job-related', 'too-expensive', 'bad-timing', 'budget-needed-elsewhere'] as const;
export const DeclineReason = openEnum(DECLINE_REASONS);
export type DeclineReason = z.infer<typeof DeclineReason>;

/** One step in a request's life. */
export const RequestEvent = z.object({
  status: RequestStatus,
  at: IsoDateTime,
  /** Who caused it; `null` for the server itself (an expiry). */
  by: z.nullable(Id),
  note: z.optional(z.string()),
  /** With a decline: why, as a code HR can count. */
  reason: z.optional(DeclineReason),
});
export type RequestEvent = z.infer<typeof RequestEvent>;

/** A request for one run (offering) of a course, against the employee's pots. */
export const CourseRequest = z.object({
  id: Id,
  status: RequestStatus,
  employee: z.object({ id: Id, displayName: z.string() }),
  courseId: Id,
  courseTitle: z.string(),
  offeringId: Id,
  offeringStart: z.nullable(IsoDate),
  /** After this day an undecided request expires. */
  enrolmentDeadline: z.nullable(IsoDate),
  motivation: z.optional(z.string()),
  price: z.object({ amount: z.int().check(z.nonnegative()), currency: CurrencyCode }),
  lines: z.array(RequestLine),
  /** Cents the employee pays: the price minus the money lines. */
  ownContribution: z.int().check(z.nonnegative()),
  approvers: z.array(RequestApprover),
  /** Oldest first. */
  history: z.array(RequestEvent),
  /** Changes with every state change; send it as `If-Match` with a decision. Also the response's `ETag`. */
  version: z.int().check(z.positive()),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type CourseRequest = z.infer<typeof CourseRequest>;

/** The employee's requests (newest first), or an approver's queue (oldest first). */
export const CourseRequestList = z.object({ items: z.array(CourseRequest) });
export type CourseRequestList = z.infer<typeof CourseRequestList>;

/** The body of `POST /v1/approvals/{id}/decision`. A decline needs a note; its `reason` defaults to `other`. */
export const DecisionBody = z.object({
  decision: z.enum(['approve', 'decline']),
  note: z.optional(z.string().check(z.maxLength(2000))),
  reason: z.optional(DeclineReason),
});
export type DecisionBody = z.infer<typeof DecisionBody>;

/**
 * Why the server refused a request (`409`): `plan-changed`, `offering-full`, `enrolment-closed`,
 * `offering-started`, `not-funded`, `not-submitted` (already decided), `not-open` (cannot be cancelled or
 * completed any more), or a funding reason of a pot (`expired`, `exhausted`, …) with its pot id.
 */
export const RefusalReason = z.object({
  code: z.string(),
  potId: z.optional(Id),
});
export type RefusalReason = z.infer<typeof RefusalReason>;

/** The server's plan, sent with a `409` so the client can show the truth. */
export const ServerPlan = z.object({
  lines: z.array(RequestLine),
  ownContribution: z.int().check(z.nonnegative()),
});
export type ServerPlan = z.infer<typeof ServerPlan>;

/** One change to a pot. Amounts are positive, in the pot's unit. */
export const LEDGER_KINDS = ['granted', 'reserved', 'released', 'spent', 'expired'] as const;
export const LedgerEntry = z.object({
  id: Id,
  kind: openEnum(LEDGER_KINDS),
  amount: z.number().check(z.nonnegative()),
  requestId: z.nullable(Id),
  at: IsoDateTime,
  /** The pot right after this entry. */
  balance: z.object({
    total: z.number().check(z.nonnegative()),
    spent: z.number().check(z.nonnegative()),
    reserved: z.number().check(z.nonnegative()),
    available: z.number().check(z.nonnegative()),
  }),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** A page of a pot's ledger, newest first. */
export const PotHistory = z.object({
  potId: Id,
  items: z.array(LedgerEntry),
  /** Pass as `?cursor=` for the next (older) page; `null` at the end. */
  nextCursor: z.nullable(z.string()),
});
export type PotHistory = z.infer<typeof PotHistory>;
