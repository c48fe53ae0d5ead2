import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { CourseRequest } from '@leerbudget/contract';
import { startTestServer } from '../../test/helpers.js';
import { ProblemError } from '../http/problem.js';
import type { RunningServer } from '../server.js';
import type { Caller } from './request-store.js';
import { EUR, testCourse, testEmployee, testPot } from './requests.fixtures.js';

const today = new Date('2026-05-11T09:30:00Z');
const afterDeadline = new Date('2026-05-14T09:30:00Z');
let server: RunningServer;

before(async () => {
  server = await startTestServer({ today, seed: 'none' });
});
after(async () => {
  await server.close();
});

type Command =
  | { kind: 'create'; employee: number; offering: 'open' | 'one-seat' | 'soon'; key: number }
  | { kind: 'cancel'; request: number }
  | { kind: 'decide'; request: number; approve: boolean; stale: boolean }
  | { kind: 'complete'; request: number }
  | { kind: 'expire' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    employee: fc.nat(2),
    offering: fc.constantFrom('open' as const, 'one-seat' as const, 'soon' as const),
    key: fc.nat(5),
  }),
  fc.record({ kind: fc.constant('cancel' as const), request: fc.nat(9) }),
  fc.record({ kind: fc.constant('decide' as const), request: fc.nat(9), approve: fc.boolean(), stale: fc.boolean() }),
  fc.record({ kind: fc.constant('complete' as const), request: fc.nat(9) }),
  fc.constant({ kind: 'expire' as const }),
);

let run = 0;

test('any interleaving of create, cancel, decide, complete and expiry keeps every money rule', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(command, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
      async (batches) => {
        run += 1;
        const prefix = `prop-${run}`;
        const boss: Caller = { id: `${prefix}-boss`, displayName: 'Baas' };
        const hr: Caller = { id: `${prefix}-hr`, displayName: 'HR' };
        const employees: Caller[] = [0, 1, 2].map((index) => ({
          id: `${prefix}-e${index}`,
          displayName: `Medewerker ${index}`,
        }));
        await server.store.upsertCourse(testCourse(today, 100, `${prefix}-course`));
        await server.store.replaceEmployees([
          testEmployee(boss.id, []),
          testEmployee(hr.id, [], { hr: true }),
          // A small pot that runs out, one that needs the manager, and one that needs HR.
          testEmployee(employees[0]!.id, [testPot(`${prefix}-p0`, 250 * EUR)], { managerId: boss.id }),
          testEmployee(
            employees[1]!.id,
            [testPot(`${prefix}-p1`, 300 * EUR, { requiresApproval: true, approver: 'Leidinggevende' })],
            { managerId: boss.id },
          ),
          testEmployee(
            employees[2]!.id,
            [testPot(`${prefix}-p2`, 150 * EUR, { requiresApproval: true, approver: 'HR' })],
            { managerId: boss.id },
          ),
        ]);
        const requests: CourseRequest[] = [];
        const store = server.store.requests;
        const perform = async (step: Command): Promise<void> => {
          const target = 'request' in step ? requests[step.request % Math.max(1, requests.length)] : undefined;
          switch (step.kind) {
            case 'create': {
              const caller = employees[step.employee]!;
              const body = { courseId: `${prefix}-course`, offeringId: `${prefix}-course-${step.offering}` };
              const { request } = await store.create(
                caller,
                `${prefix}-${step.employee}-${step.key}-${step.offering}`,
                body,
                today,
              );
              if (!requests.some((known) => known.id === request.id)) requests.push(request);
              return;
            }
            case 'cancel':
              if (target) await store.cancel(target.employee, target.id, today);
              return;
            case 'decide': {
              if (!target) return;
              const decider = target.approvers[0]?.role === 'hr' ? hr : boss;
              const version = step.stale ? target.version + 7 : target.version;
              const current = (await store.listOwn(target.employee)).find((item) => item.id === target.id)!;
              await store.decide(
                decider,
                target.id,
                { decision: step.approve ? 'approve' : 'decline', note: 'Besluit.' },
                `"${step.stale ? version : current.version}"`,
                today,
              );
              return;
            }
            case 'complete':
              if (target) await store.complete(hr, target.id, today);
              return;
            case 'expire':
              await store.expireOverdue(afterDeadline);
          }
        };
        for (const batch of batches) {
          const outcomes = await Promise.allSettled(batch.map(perform));
          for (const outcome of outcomes) {
            // Refusals (4xx) are answers; anything else is a bug.
            if (
              outcome.status === 'rejected' &&
              !(outcome.reason instanceof ProblemError && outcome.reason.status < 500)
            )
              throw outcome.reason;
          }
        }
        assert.deepEqual(await store.invariants(), {
          overdrafts: 0,
          ledgerMismatches: 0,
          requestMismatches: 0,
          doubleReservations: 0,
          seatMismatches: 0,
        });
      },
    ),
    { numRuns: 40 },
  );
});
