import { Discovery } from '@leerbudget/contract';
import type { Check } from '../check.js';
import { call, expectJson, expectStatus } from '../http.js';

export const discoveryCheck: Check = {
  id: 'discovery',
  title: 'GET /v1 describes the API and its capabilities',
  async run(context) {
    const reply = await call(context, '/v1');
    expectStatus(reply, 200, 'GET /v1', 'Serve the discovery document at /v1 without authentication.');
    context.discovery = expectJson(reply, Discovery, 'GET /v1');
  },
};
