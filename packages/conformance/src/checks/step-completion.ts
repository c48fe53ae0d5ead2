import { randomUUID } from 'node:crypto';
import { LearningPathList, Problem } from '@leerbudget/contract';
import { fail, requireCapability, requireToken, skip, type Check, type CheckContext } from '../check.js';
import { call, expectJson, expectStatus } from '../http.js';

async function readPaths(context: CheckContext, token: string) {
  const reply = await call(context, '/v1/me/learning-paths', { token });
  expectStatus(reply, 200, 'GET /v1/me/learning-paths', "Serve the employee's paths at /v1/me/learning-paths.");
  return expectJson(reply, LearningPathList, 'GET /v1/me/learning-paths').items;
}

/**
 * Asks to mark a course step done, which must be refused and change nothing: it writes only when the API is
 * wrong, so the test employee's routes stay as they were on a compliant API.
 */
export const stepCompletionCheck: Check = {
  id: 'step-completion',
  title: 'Marking a course step done is refused with 409 not-self-completable and changes nothing',
  writes: true,
  async run(context) {
    requireCapability(context, 'stepCompletion');
    const token = requireToken(context);
    const paths = await readPaths(context, token);
    const path = paths.find((candidate) => candidate.steps.some((step) => step.kind === 'course'));
    const step = path?.steps.find((candidate) => candidate.kind === 'course');
    if (path === undefined || step === undefined) skip('the test employee has no learning path with a course step');

    const url = `/v1/me/learning-paths/${encodeURIComponent(path.id)}/steps/${encodeURIComponent(step.id)}/complete`;
    const reply = await call(context, url, { method: 'POST', token, headers: { 'idempotency-key': randomUUID() } });
    const hint = 'Only workplace, coaching and reading steps are marked done by the employee; refuse others with 409.';
    expectStatus(reply, 409, `POST ${url}`, hint);
    const problem = expectJson(reply, Problem, `the 409 of POST ${url}`, 'application/problem+json');
    if (!problem.reasons?.some((reason) => reason.code === 'not-self-completable'))
      fail('reasons with the code not-self-completable', JSON.stringify(problem.reasons ?? []), hint);

    const after = (await readPaths(context, token)).find((candidate) => candidate.id === path.id);
    const status = after?.steps.find((candidate) => candidate.id === step.id)?.status;
    if (status !== step.status) fail(`step ${step.id} still "${step.status}"`, `"${status}"`, hint);
  },
};
