import { randomUUID } from 'node:crypto';
import {
  Budget,
  CatalogueSnapshot,
  CourseRequest,
  CourseRequestList,
  Problem,
  type CourseSummary,
} from '@leerbudget/contract';
import {
  fail,
  requireApproverToken,
  requireCapability,
  requireToken,
  type Check,
  type CheckContext,
} from '../check.js';
import { call, expectJson, expectStatus, type Reply } from '../http.js';

/** Enough parallel requests to spend every pot at least twice over, within reason. */
const PARALLEL_LIMIT = 20;

interface Target {
  course: CourseSummary;
  offeringId: string;
}

/**
 * The runs the test employee can afford today (seats left, deadline not passed, not started), dearest or
 * cheapest first.
 */
async function bookableRuns(
  context: CheckContext,
  token: string,
  order: 'dearest' | 'cheapest',
): Promise<{ candidates: Target[]; budget: Budget }> {
  const today = new Date().toISOString().slice(0, 10);
  const catalogue = expectJson(await call(context, '/v1/catalogue'), CatalogueSnapshot, 'GET /v1/catalogue');
  const budget = await readBudget(context, token);
  const richest = Math.max(0, ...budget.pots.filter((pot) => pot.unit === 'money').map((pot) => pot.available));
  const candidates = catalogue.courses
    .filter((course) => course.price.amount > 0 && course.price.amount <= richest)
    .flatMap((course) =>
      course.offerings
        .filter(
          (offering) =>
            (offering.seatsLeft ?? 1) > 0 &&
            (offering.start === null || offering.start > today) &&
            (offering.enrolmentDeadline ?? '9999') >= today,
        )
        .map((offering) => ({ course, offeringId: offering.id })),
    )
    .sort((a, b) =>
      order === 'dearest'
        ? b.course.price.amount - a.course.price.amount
        : a.course.price.amount - b.course.price.amount,
    );
  if (candidates.length === 0)
    fail(
      'a bookable course run the test employee can afford',
      'none in the catalogue',
      'Give the test employee a money pot larger than the cheapest bookable run, with seats left.',
    );
  return { candidates, budget };
}

/**
 * The dearest (or cheapest) bookable run: with the dearest, few parallel requests suffice to try spending more
 * than the pots hold.
 */
async function pickTarget(
  context: CheckContext,
  token: string,
  order: 'dearest' | 'cheapest' = 'dearest',
): Promise<{ target: Target; budget: Budget }> {
  const { candidates, budget } = await bookableRuns(context, token, order);
  return { target: candidates[0]!, budget };
}

async function readBudget(context: CheckContext, token: string): Promise<Budget> {
  const reply = await call(context, '/v1/me/budget', { token });
  expectStatus(reply, 200, 'GET /v1/me/budget', 'Serve the budget of the test employee.');
  return expectJson(reply, Budget, 'GET /v1/me/budget');
}

function reservedOf(budget: Budget): number {
  return budget.pots.filter((pot) => pot.unit === 'money').reduce((sum, pot) => sum + pot.reserved, 0);
}

function create(context: CheckContext, token: string, key: string, body: Record<string, unknown>): Promise<Reply> {
  return call(context, '/v1/me/requests', { method: 'POST', token, headers: { 'idempotency-key': key }, body });
}

function parseCreated(reply: Reply, what: string): CourseRequest {
  expectStatus(reply, 201, what, 'Answer 201 Created with the request when it is stored.');
  return expectJson(reply, CourseRequest, what);
}

/** Cancels each request once, even when the API answered the same request to several calls. */
async function cancelAll(context: CheckContext, token: string, requests: readonly CourseRequest[]): Promise<void> {
  for (const id of new Set(requests.map((request) => request.id))) await cancel(context, token, id);
}

async function cancel(context: CheckContext, token: string, id: string): Promise<void> {
  const reply = await call(context, `/v1/me/requests/${encodeURIComponent(id)}/cancel`, { method: 'POST', token });
  if (reply.status < 200 || reply.status > 299)
    fail(
      `2xx for POST /v1/me/requests/${id}/cancel`,
      `${reply.status}`,
      'Let employees cancel their own open requests.',
    );
}

function bodyFor(target: Target, motivation: string): Record<string, unknown> {
  return { courseId: target.course.id, offeringId: target.offeringId, motivation };
}

function writesCheck(id: string, title: string, run: (context: CheckContext, token: string) => Promise<void>): Check {
  return {
    id,
    title,
    writes: true,
    async run(context) {
      requireCapability(context, 'requests');
      await run(context, requireToken(context));
    },
  };
}

export const idempotentReplayCheck = writesCheck(
  'requests-replay',
  'The same Idempotency-Key and body replay the first 201',
  async (context, token) => {
    const { target } = await pickTarget(context, token, 'cheapest');
    const key = randomUUID();
    const first = parseCreated(
      await create(context, token, key, bodyFor(target, 'conformance: replay')),
      'POST /v1/me/requests',
    );
    try {
      const again = parseCreated(
        await create(context, token, key, bodyFor(target, 'conformance: replay')),
        'the same POST again with the same Idempotency-Key',
      );
      if (again.id !== first.id) {
        await cancel(context, token, again.id);
        fail(
          `the first request (${first.id}) replayed`,
          `a new request ${again.id}`,
          'Store the Idempotency-Key per user and answer a repeat with the first answer, never a second reservation.',
        );
      }
    } finally {
      await cancel(context, token, first.id);
    }
  },
);

export const reusedKeyCheck = writesCheck(
  'requests-reused-key',
  'The same Idempotency-Key with another body is 422',
  async (context, token) => {
    const { target } = await pickTarget(context, token, 'cheapest');
    const key = randomUUID();
    const first = parseCreated(
      await create(context, token, key, bodyFor(target, 'conformance: first body')),
      'POST /v1/me/requests',
    );
    try {
      const other = await create(context, token, key, bodyFor(target, 'conformance: another body'));
      if (other.status === 201) {
        const created = JSON.parse(other.text) as { id?: string };
        if (created.id !== undefined && created.id !== first.id) await cancel(context, token, created.id);
      }
      expectStatus(
        other,
        422,
        'a reused Idempotency-Key with another body',
        'Remember a hash of the body with each key; another body with the same key is 422.',
      );
      expectJson(other, Problem, 'the 422', 'application/problem+json');
    } finally {
      await cancel(context, token, first.id);
    }
  },
);

export const noOverdraftCheck = writesCheck(
  'requests-no-overdraft',
  'Parallel requests never reserve more than the pots hold',
  async (context, token) => {
    const { target, budget } = await pickTarget(context, token);
    const available = budget.pots.filter((pot) => pot.unit === 'money').reduce((sum, pot) => sum + pot.available, 0);
    const count = Math.min(PARALLEL_LIMIT, Math.floor(available / target.course.price.amount) + 2);
    const replies = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        create(context, token, randomUUID(), bodyFor(target, `conformance: race ${index}`)),
      ),
    );
    const created = replies
      .filter((reply) => reply.status === 201)
      .map((reply) => parseCreated(reply, 'a parallel POST /v1/me/requests'));
    try {
      const after = await readBudget(context, token);
      const overdrawn = after.pots.find((pot) => pot.available < 0 || pot.spent + pot.reserved > pot.total);
      if (overdrawn !== undefined)
        fail(
          `pot ${overdrawn.id} never below 0`,
          `available ${overdrawn.available}`,
          'Lock the pots (SELECT … FOR UPDATE or SERIALIZABLE) while planning and reserving.',
        );
      const reservedNow = reservedOf(after) - reservedOf(budget);
      const claimed = created
        .flatMap((request) => request.lines)
        .filter((line) => line.unit === 'money')
        .reduce((sum, line) => sum + line.amount, 0);
      if (reservedNow > available || claimed > available)
        fail(
          `at most ${available} cents reserved by ${count} parallel requests`,
          `${Math.max(reservedNow, claimed)} cents`,
          'Check and reserve in one transaction per request, so two requests can never spend the same cents.',
        );
      const refused = replies.filter((reply) => reply.status !== 201);
      for (const reply of refused) {
        if (reply.status !== 409)
          fail(
            '201 or 409 for every parallel request',
            `${reply.status}`,
            'Refuse a request that no longer fits with 409 and the funding reason codes.',
          );
      }
    } finally {
      await cancelAll(context, token, created);
    }
  },
);

export const cancelReleasesCheck = writesCheck(
  'requests-cancel-releases',
  'Cancelling a request releases what it reserved',
  async (context, token) => {
    const { target, budget } = await pickTarget(context, token);
    const request = parseCreated(
      await create(context, token, randomUUID(), bodyFor(target, 'conformance: cancel')),
      'POST /v1/me/requests',
    );
    await cancel(context, token, request.id);
    const after = await readBudget(context, token);
    if (reservedOf(after) !== reservedOf(budget))
      fail(
        `reserved back at ${reservedOf(budget)} cents after the cancel`,
        `${reservedOf(after)} cents`,
        'Write a "released" ledger entry for every line in the same transaction as the cancel.',
      );
  },
);

/** How many bookable runs to try before concluding that no request of the test employee needs approval. */
const APPROVAL_TRIES = 10;

/** Whether a pot that asks for approval could pay for the course, judged by its topic and provider rules. */
function approvalPotMayPay(budget: Budget, course: CourseSummary): boolean {
  return budget.pots.some(
    (pot) =>
      pot.unit === 'money' &&
      pot.available > 0 &&
      pot.rules.requiresApproval &&
      (pot.rules.eligibleTopics?.some((topic) => course.topics.includes(topic)) ?? true) &&
      (!pot.rules.requiresCertifiedProvider || course.provider.certifications.length > 0),
  );
}

/**
 * A request of the test employee that waits for a decision. Runs that a pot asking for approval may pay come
 * first, dearest first (pots that need no approval usually pay first, so a dear run is likelier to reach the
 * one that does); a request that was approved at once is cancelled again.
 */
async function createAwaitingApproval(
  context: CheckContext,
  token: string,
): Promise<{ request: CourseRequest; etag: string }> {
  const { candidates, budget } = await bookableRuns(context, token, 'dearest');
  const likeliest = [
    ...candidates.filter((target) => approvalPotMayPay(budget, target.course)),
    ...candidates.filter((target) => !approvalPotMayPay(budget, target.course)),
  ];
  for (const target of likeliest.slice(0, APPROVAL_TRIES)) {
    const reply = await create(context, token, randomUUID(), bodyFor(target, 'conformance: approval'));
    if (reply.status === 409) continue;
    const request = parseCreated(reply, 'POST /v1/me/requests');
    if (request.status === 'submitted') {
      const etag = reply.headers.get('etag');
      if (etag === null) {
        await cancel(context, token, request.id);
        fail(
          'an ETag on the 201 of POST /v1/me/requests',
          'no ETag header',
          "Send the request's version as ETag, so an approver can decide with If-Match.",
        );
      }
      return { request, etag };
    }
    await cancel(context, token, request.id);
  }
  fail(
    'a request of the test employee that waits for approval (status "submitted")',
    `every one of the ${Math.min(candidates.length, APPROVAL_TRIES)} likeliest bookable runs was decided at once or refused`,
    'Give the test employee a pot with requiresApproval that pays for bookable courses, with the approver as manager.',
  );
}

function decide(context: CheckContext, approverToken: string, id: string, etag: string, decision: object) {
  return call(context, `/v1/approvals/${encodeURIComponent(id)}/decision`, {
    method: 'POST',
    token: approverToken,
    headers: { 'if-match': etag },
    body: decision,
  });
}

async function readOwnRequest(context: CheckContext, token: string, id: string): Promise<CourseRequest | undefined> {
  const reply = await call(context, '/v1/me/requests', { token });
  expectStatus(reply, 200, 'GET /v1/me/requests', "List the employee's own requests, newest first.");
  return expectJson(reply, CourseRequestList, 'GET /v1/me/requests').items.find((request) => request.id === id);
}

export const approvalCheck: Check = {
  id: 'requests-approval',
  title: 'An approver decides once with If-Match; a second decision is refused',
  writes: true,
  async run(context) {
    requireCapability(context, 'requests');
    requireCapability(context, 'approvals');
    const token = requireToken(context);
    const approverToken = requireApproverToken(context);
    const { request, etag } = await createAwaitingApproval(context, token);
    try {
      const queueReply = await call(context, '/v1/approvals', { token: approverToken });
      expectStatus(queueReply, 200, 'GET /v1/approvals', "Serve the approver's queue of requests to decide.");
      const queue = expectJson(queueReply, CourseRequestList, 'GET /v1/approvals');
      if (!queue.items.some((item) => item.id === request.id))
        fail(
          `request ${request.id} in the approver's queue`,
          `${queue.items.length} other requests`,
          "Put a submitted request in the queue of the employee's manager (or the role the pot names).",
        );
      const first = await decide(context, approverToken, request.id, etag, {
        decision: 'approve',
        note: 'conformance: approve',
      });
      expectStatus(
        first,
        200,
        'the first decision with If-Match',
        "Accept a decision that carries the request's ETag.",
      );
      const approved = expectJson(first, CourseRequest, 'the first decision');
      if (approved.status !== 'approved')
        fail(
          'status "approved" after approving',
          `status "${approved.status}"`,
          'Approve the request in the decision.',
        );
      const second = await decide(context, approverToken, request.id, etag, {
        decision: 'decline',
        note: 'conformance: a second decision',
      });
      if (second.status !== 409 && second.status !== 412)
        fail(
          'a second decision on the same request to answer 409 or 412',
          `${second.status} ${second.headers.get('content-type') ?? ''}`.trim(),
          'Decide only a submitted request whose version matches If-Match, in one transaction; refuse the rest.',
        );
      expectJson(second, Problem, `the ${second.status} to a second decision`, 'application/problem+json');
      const after = await readOwnRequest(context, token, request.id);
      if (after?.status !== 'approved')
        fail(
          'the request still approved after the refused second decision',
          after === undefined ? 'the request is gone' : `status "${after.status}"`,
          'A refused decision must have no effect.',
        );
    } finally {
      await cancel(context, token, request.id);
    }
  },
};
