import { randomUUID } from 'node:crypto';
import { Budget, CatalogueSnapshot, Problem, type CourseSummary } from '@leerbudget/contract';
import * as z from 'zod/mini';
import { fail, requireCapability, requireToken, type Check, type CheckContext } from '../check.js';
import { call, expectJson, expectStatus, type Reply } from '../http.js';

/**
 * The fields of a request that these checks rely on, as issue 11 describes the contract.
 * Replace with the contract's own `CourseRequest` schema once it is published there.
 */
const CourseRequest = z.object({
  id: z.string().check(z.minLength(1)),
  status: z.string(),
  courseId: z.string(),
  offeringId: z.string(),
  lines: z.array(z.object({ potId: z.string(), amount: z.number().check(z.nonnegative()), unit: z.string() })),
});
type CourseRequest = z.infer<typeof CourseRequest>;

/** Enough parallel requests to spend every pot at least twice over, within reason. */
const PARALLEL_LIMIT = 20;

interface Target {
  course: CourseSummary;
  offeringId: string;
}

/**
 * The dearest run the test employee can afford today (seats left, deadline not passed, not started):
 * few parallel requests then suffice to try spending more than the pots hold.
 */
async function pickTarget(
  context: CheckContext,
  token: string,
  order: 'dearest' | 'cheapest' = 'dearest',
): Promise<{ target: Target; budget: Budget }> {
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
  const target = candidates[0];
  if (target === undefined)
    fail(
      'a bookable course run the test employee can afford',
      'none in the catalogue',
      'Give the test employee a money pot larger than the cheapest bookable run, with seats left.',
    );
  return { target, budget };
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
      if (again.id !== first.id)
        fail(
          `the first request (${first.id}) replayed`,
          `a new request ${again.id}`,
          'Store the Idempotency-Key per user and answer a repeat with the first answer, never a second reservation.',
        );
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
      for (const request of created) await cancel(context, token, request.id);
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
