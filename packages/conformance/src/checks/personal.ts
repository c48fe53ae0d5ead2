import { Budget, LearningPathList, Me } from '@leerbudget/contract';
import { fail, requireCapability, requireToken, type Check } from '../check.js';
import { call, expectJson, expectStatus } from '../http.js';

export const meCheck: Check = {
  id: 'me',
  title: 'GET /v1/me answers the signed-in employee',
  async run(context) {
    const token = requireToken(context);
    const reply = await call(context, '/v1/me', { token });
    expectStatus(reply, 200, 'GET /v1/me with --token', "Accept the test employee's bearer token.");
    expectJson(reply, Me, 'GET /v1/me');
  },
};

export const budgetCheck: Check = {
  id: 'budget',
  title: 'GET /v1/me/budget answers pots whose numbers add up',
  async run(context) {
    requireCapability(context, 'budget');
    const token = requireToken(context);
    const reply = await call(context, '/v1/me/budget', { token });
    expectStatus(reply, 200, 'GET /v1/me/budget', "Serve the employee's pots at /v1/me/budget.");
    const budget = expectJson(reply, Budget, 'GET /v1/me/budget');
    for (const [index, pot] of budget.pots.entries()) {
      if (pot.spent + pot.reserved + pot.available !== pot.total) {
        fail(
          `pots[${index}] spent + reserved + available = total`,
          `${pot.spent} + ${pot.reserved} + ${pot.available} ≠ ${pot.total}`,
          'Derive available from the ledger: total − spent − reserved.',
        );
      }
    }
  },
};

export const learningPathsCheck: Check = {
  id: 'learning-paths',
  title: "GET /v1/me/learning-paths answers the employee's paths",
  async run(context) {
    requireCapability(context, 'learningPaths');
    const token = requireToken(context);
    const reply = await call(context, '/v1/me/learning-paths', { token });
    expectStatus(reply, 200, 'GET /v1/me/learning-paths', "Serve the employee's paths at /v1/me/learning-paths.");
    expectJson(reply, LearningPathList, 'GET /v1/me/learning-paths');
  },
};
