import { FundingSchemeList } from '@leerbudget/contract';
import { requireCapability, type Check } from '../check.js';
import { call, expectJson, expectRevalidation, expectStatus } from '../http.js';

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
    await expectRevalidation(context, '/v1/funding-schemes', reply, {
      etag: 'Send an ETag that changes whenever a scheme changes (for example a hash of the schemes).',
      notModified: 'Compare If-None-Match with the current ETag and answer 304 without a body when they match.',
    });
  },
};
