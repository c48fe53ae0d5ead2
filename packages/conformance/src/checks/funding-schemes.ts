import { FundingSchemeList } from '@leerbudget/contract';
import { fail, requireCapability, type Check } from '../check.js';
import { call, expectJson, expectStatus } from '../http.js';

export const fundingSchemesCheck: Check = {
  id: 'funding-schemes',
  title: 'GET /v1/funding-schemes lists valid public schemes without a token, with an ETag and 304',
  async run(context) {
    requireCapability(context, 'fundingSchemes');
    const reply = await call(context, '/v1/funding-schemes');
    expectStatus(
      reply,
      200,
      'GET /v1/funding-schemes',
      'Serve the schemes at /v1/funding-schemes without requiring a token: vendor sites have none.',
    );
    expectJson(reply, FundingSchemeList, 'GET /v1/funding-schemes');
    const etag = reply.headers.get('etag');
    if (etag === null)
      fail(
        'an ETag header on GET /v1/funding-schemes',
        'no ETag',
        'Send an ETag that changes whenever a scheme changes (for example a hash of the schemes).',
      );
    const again = await call(context, '/v1/funding-schemes', { headers: { 'if-none-match': etag } });
    if (again.status !== 304)
      fail(
        `304 Not Modified for If-None-Match: ${etag}`,
        `${again.status}`,
        'Compare If-None-Match with the current ETag and answer 304 without a body when they match.',
      );
  },
};
