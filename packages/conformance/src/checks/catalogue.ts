import { CatalogueSnapshot } from '@leerbudget/contract';
import { fail, requireCapability, skip, type Check, type CheckContext } from '../check.js';
import { call, expectJson, expectRevalidation, expectStatus } from '../http.js';

async function snapshot(context: CheckContext) {
  const reply = await call(context, '/v1/catalogue');
  expectStatus(
    reply,
    200,
    'GET /v1/catalogue',
    'Serve the whole catalogue at /v1/catalogue, without requiring a token.',
  );
  return { reply, body: expectJson(reply, CatalogueSnapshot, 'GET /v1/catalogue') };
}

export const catalogueSchemaCheck: Check = {
  id: 'catalogue-schema',
  title: 'GET /v1/catalogue is a snapshot whose every course matches the contract',
  async run(context) {
    requireCapability(context, 'catalogue');
    const { body } = await snapshot(context);
    if (body.kind !== 'snapshot')
      fail(
        'kind "snapshot" without ?since=',
        `kind "${body.kind}"`,
        'Without ?since= send the whole catalogue as kind "snapshot".',
      );
  },
};

export const catalogueEtagCheck: Check = {
  id: 'catalogue-etag',
  title: 'The catalogue has an ETag and answers 304 to If-None-Match',
  async run(context) {
    requireCapability(context, 'catalogue');
    const { reply } = await snapshot(context);
    await expectRevalidation(context, '/v1/catalogue', reply, {
      etag: 'Send an ETag that changes whenever the catalogue changes (for example from its version).',
      notModified: 'Compare If-None-Match with the current ETag and answer 304 without a body when they match.',
    });
  },
};

export const catalogueDeltaCheck: Check = {
  id: 'catalogue-delta',
  title: '?since=<version> answers a delta with a deleted list',
  async run(context) {
    requireCapability(context, 'catalogue');
    if (context.discovery?.catalogue.delta === false)
      fail(
        'catalogue.delta true in GET /v1',
        'false',
        'Support ?since= deltas: widgets keep a cached catalogue and only fetch changes.',
      );
    const { body } = await snapshot(context);
    const reply = await call(context, `/v1/catalogue?since=${encodeURIComponent(body.version)}`);
    expectStatus(
      reply,
      200,
      `GET /v1/catalogue?since=${body.version}`,
      'Answer ?since=<version> with the courses changed after that version.',
    );
    const delta = expectJson(reply, CatalogueSnapshot, 'the delta');
    const raw = JSON.parse(reply.text) as { deleted?: unknown };
    if (delta.kind !== 'delta')
      fail('kind "delta" for ?since=', `kind "${delta.kind}"`, 'With ?since= send only what changed, as kind "delta".');
    if (!Array.isArray(raw.deleted))
      fail(
        'a "deleted" array of removed course ids in the delta',
        String(raw.deleted),
        'Keep tombstones of removed courses and list their ids in "deleted".',
      );
    if (delta.courses.length > 0)
      fail(
        `no changed courses since the current version ${body.version}`,
        `${delta.courses.length} courses`,
        'Send only courses changed after the given version.',
      );
  },
};

export const catalogueProviderCheck: Check = {
  id: 'catalogue-provider',
  title: "?provider=<id> answers that provider's courses only, with an ETag and 304",
  async run(context) {
    requireCapability(context, 'catalogue');
    const { body } = await snapshot(context);
    const provider = body.courses[0]?.provider.id;
    if (provider === undefined) skip('the catalogue is empty, so there is no provider to ask for');
    const path = `/v1/catalogue?provider=${encodeURIComponent(provider)}`;
    const reply = await call(context, path);
    expectStatus(reply, 200, `GET ${path}`, "Answer ?provider=<id> with that provider's courses (vendor sites).");
    const own = expectJson(reply, CatalogueSnapshot, `GET ${path}`);
    const expected = body.courses.filter((course) => course.provider.id === provider).length;
    const others = own.courses.filter((course) => course.provider.id !== provider).length;
    if (others > 0 || own.courses.length !== expected)
      fail(
        `${expected} courses, all of provider ${provider}`,
        `${own.courses.length} courses, ${others} of other providers`,
        "Filter the snapshot by provider id: a vendor's visitors must not get its competitors' courses.",
      );
    await expectRevalidation(context, path, reply, {
      etag: 'Give each provider snapshot its own ETag (for example from its version and the provider id).',
      notModified: "Compare If-None-Match with the provider snapshot's ETag and answer 304 when they match.",
    });
  },
};
