import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LearningPath, LearningPathList, TeamBudget, type LearningStep } from '@leerbudget/contract';
import { expectBody, expectProblem, startTestServer } from '../test/helpers.js';
import { testEmployee } from './requests/requests.fixtures.js';
import type { RunningServer } from './server.js';

const today = new Date('2026-05-11T09:30:00Z');
let server: RunningServer;
let keyCount = 0;
const newKey = () => `step-key-${++keyCount}-${Math.random().toString(36).slice(2)}`;

const step = (id: string, kind: LearningStep['kind'], status: LearningStep['status'] = 'todo'): LearningStep => ({
  id,
  kind,
  title: `Stap ${id}`,
  status,
  estimatedHours: 4,
  ...(kind === 'course' ? { courseId: 'some-course' } : {}),
});

function route(id: string, steps: LearningStep[]): LearningPath {
  const done = steps.filter((s) => s.status === 'done');
  return {
    id,
    title: `Route ${id}`,
    goal: 'Beter worden',
    owner: 'manager',
    steps,
    progress: {
      stepsDone: done.length,
      stepsTotal: steps.length,
      hoursDone: done.length * 4,
      hoursTotal: steps.length * 4,
    },
    outcomes: [],
  };
}

const complete = (who: string, pathId: string, stepId: string, key: string | null = newKey()) =>
  fetch(`${server.url}/v1/me/learning-paths/${pathId}/steps/${stepId}/complete`, {
    method: 'POST',
    headers: { Authorization: `Bearer token-${who}`, ...(key === null ? {} : { 'Idempotency-Key': key }) },
  });
const paths = async (who: string) =>
  (
    await expectBody(
      await fetch(`${server.url}/v1/me/learning-paths`, { headers: { Authorization: `Bearer token-${who}` } }),
      LearningPathList,
    )
  ).items;
const stepOf = (path: LearningPath, id: string) => path.steps.find((s) => s.id === id)!;

before(async () => {
  server = await startTestServer({ today, seed: 'none' });
  const boss = testEmployee('boss', []);
  const learner = (id: string) =>
    testEmployee(id, [], {
      managerId: 'boss',
      learningPaths: [
        route(`path-${id}`, [
          step('read', 'reading', 'done'),
          step('shadow', 'workplace'),
          step('coach', 'coaching'),
          step('course', 'course'),
          step('exam', 'assessment'),
        ]),
      ],
    });
  await server.store.replaceEmployees([boss, learner('ayla'), learner('bram'), learner('cas')]);
});
after(() => server.close());

describe('POST /v1/me/learning-paths/{id}/steps/{stepId}/complete', () => {
  test('marks a workplace step done, moves progress on, and shows it in every later read', async () => {
    const path = await expectBody(await complete('ayla', 'path-ayla', 'shadow'), LearningPath);
    assert.equal(stepOf(path, 'shadow').status, 'done');
    assert.deepEqual(path.progress, { stepsDone: 2, stepsTotal: 5, hoursDone: 8, hoursTotal: 20 });

    const [listed] = await paths('ayla');
    assert.deepEqual(listed, path);
    const one = await fetch(`${server.url}/v1/learning-paths/path-ayla`, {
      headers: { Authorization: 'Bearer token-ayla' },
    });
    assert.deepEqual(await expectBody(one, LearningPath), path);
  });

  test('is idempotent: the same key replays the first answer; a new key for a done step changes nothing', async () => {
    const key = newKey();
    const first = await expectBody(await complete('bram', 'path-bram', 'coach', key), LearningPath);
    const replay = await complete('bram', 'path-bram', 'coach', key);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await expectBody(replay, LearningPath), first);

    const again = await expectBody(await complete('bram', 'path-bram', 'coach'), LearningPath);
    assert.deepEqual(again, first);
    assert.equal(first.progress.stepsDone, 2);

    // The same key for another step is another write: refused, nothing changes.
    await expectProblem(await complete('bram', 'path-bram', 'shadow', key), 422);
    assert.equal(stepOf((await paths('bram'))[0]!, 'shadow').status, 'todo');
  });

  test('parallel repeats, with one key or with many, make one completion', async () => {
    const key = newKey();
    const sameKey = await Promise.all(Array.from({ length: 8 }, () => complete('cas', 'path-cas', 'shadow', key)));
    const newKeys = await Promise.all(Array.from({ length: 8 }, () => complete('cas', 'path-cas', 'shadow')));
    // Every answer is a 200 with the same path: no parallel insert failed or counted the step twice.
    const answers = await Promise.all([...sameKey, ...newKeys].map((response) => expectBody(response, LearningPath)));
    for (const answer of answers) assert.deepEqual(answer, answers[0]);
    assert.deepEqual(answers[0]?.progress, { stepsDone: 2, stepsTotal: 5, hoursDone: 8, hoursTotal: 20 });
    assert.deepEqual((await paths('cas'))[0], answers[0]);
  });

  test("another person's path is 403 and changes nothing", async () => {
    const problem = await expectProblem(await complete('ayla', 'path-cas', 'coach'), 403);
    assert.doesNotMatch(JSON.stringify(problem), /cas/i);
    assert.equal(stepOf((await paths('cas'))[0]!, 'coach').status, 'todo');
  });

  test('an unknown path or step is 404; a missing key is 400; no token is 401', async () => {
    await expectProblem(await complete('ayla', 'path-nobody', 'coach'), 404);
    await expectProblem(await complete('ayla', 'path-ayla', 'no-such-step'), 404);
    await expectProblem(await complete('ayla', 'path-ayla', 'coach', null), 400);
    const anonymous = await fetch(`${server.url}/v1/me/learning-paths/path-ayla/steps/coach/complete`, {
      method: 'POST',
      headers: { 'Idempotency-Key': newKey() },
    });
    await expectProblem(anonymous, 401);
  });

  test('a course or an assessment is not marked done this way: 409 not-self-completable, nothing changes', async () => {
    for (const stepId of ['course', 'exam']) {
      const problem = await expectProblem(await complete('ayla', 'path-ayla', stepId), 409);
      assert.deepEqual(problem.reasons, [{ code: 'not-self-completable' }]);
      assert.match(problem.detail ?? '', /Ask for the course/);
      assert.equal(stepOf((await paths('ayla'))[0]!, stepId).status, 'todo');
    }
  });

  test('the manager sees each report’s route progress in the team view, completions included', async () => {
    const team = await expectBody(
      await fetch(`${server.url}/v1/team/budgets`, { headers: { Authorization: 'Bearer token-boss' } }),
      TeamBudget,
    );
    const progress = Object.fromEntries(team.members.map((member) => [member.id, member.routeProgress]));
    assert.deepEqual(progress, {
      ayla: { stepsDone: 2, stepsTotal: 5 },
      bram: { stepsDone: 2, stepsTotal: 5 },
      cas: { stepsDone: 2, stepsTotal: 5 },
    });
  });

  test('a completion survives a new seed of the same path (a restart)', async () => {
    const before = (await paths('ayla'))[0]!;
    await server.store.replaceEmployees([
      testEmployee('ayla', [], {
        managerId: 'boss',
        learningPaths: [
          route(
            'path-ayla',
            before.steps.map((s) => ({ ...s, status: s.id === 'read' ? 'done' : 'todo' })),
          ),
        ],
      }),
    ]);
    assert.deepEqual((await paths('ayla'))[0], before);
  });
});
