import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import {
  Budget,
  CatalogueSnapshot,
  Course,
  CoursePage,
  CourseSummary,
  Discovery,
  DemoUserList,
  LearningPath,
  LearningPathList,
  Me,
} from '@leerbudget/contract';
import { expectBody, expectProblem, listen, rawRequest, startTestServer } from '../test/helpers.js';
import { createApp } from './app.js';
import { isoDateAfter } from './calendar.js';
import { demoCourses } from './demo/courses.js';
import type { RunningServer } from './server.js';

const today = new Date('2026-05-11T09:30:00Z');
let server: RunningServer;
const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(server.url + path, {
    headers: { ...headers, ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
  });

before(async () => {
  server = await startTestServer({ today });
});
after(async () => {
  await server.close();
});

describe('discovery and OpenAPI', () => {
  test('GET /v1 describes the capabilities and catalogue', async () => {
    const discovery = await expectBody(await get('/v1'), Discovery);
    assert.deepEqual(discovery.capabilities, [
      'budget',
      'catalogue',
      'learningPaths',
      'requests',
      'approvals',
      'fundingSchemes',
      'stepCompletion',
    ]);
    assert.equal(discovery.catalogue.courseCount, demoCourses(today).length);
  });

  test('GET /openapi.json serves the contract document unchanged', async () => {
    const served = await (await get('/openapi.json')).json();
    const file = JSON.parse(readFileSync(new URL('../../contract/openapi.json', import.meta.url), 'utf8'));
    assert.deepEqual(served, file);
  });

  test('unknown paths are 404 problems', async () => {
    await expectProblem(await get('/v1/nothing-here'), 404);
  });
});

describe('catalogue of one provider (?provider=, vendor mode)', () => {
  const providerOf = async (courseId: string) =>
    Course.parse(JSON.parse(await (await get(`/v1/courses/${courseId}`)).text())).provider.id;

  test("only that provider's courses, with an ETag of its own; 304 on If-None-Match", async () => {
    const provider = await providerOf('ict-python-basis');
    const full = await get('/v1/catalogue');
    const fullTag = full.headers.get('etag')!;
    const all = await expectBody(full, CatalogueSnapshot);
    const response = await get(`/v1/catalogue?provider=${encodeURIComponent(provider)}`);
    const tag = response.headers.get('etag')!;
    assert.match(tag, /^"v\d+-p[^"-]+(-gzip)?"$/);
    assert.notEqual(tag, fullTag);
    const own = await expectBody(response, CatalogueSnapshot);
    assert.equal(own.kind, 'snapshot');
    assert.ok(own.courses.length > 0);
    assert.deepEqual(
      own.courses.map((course) => course.id),
      all.courses.filter((course) => course.provider.id === provider).map((course) => course.id),
    );
    const again = await get(`/v1/catalogue?provider=${encodeURIComponent(provider)}`, undefined, {
      'If-None-Match': tag,
    });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), tag);
    const fullWithProviderTag = await get('/v1/catalogue', undefined, { 'If-None-Match': tag });
    assert.equal(fullWithProviderTag.status, 200, "a provider's tag never stands for the whole catalogue");
    await fullWithProviderTag.arrayBuffer();
    const unknown = await expectBody(await get('/v1/catalogue?provider=nobody-here'), CatalogueSnapshot);
    assert.deepEqual([unknown.courses, unknown.version], [[], '0']);
  });

  test("deltas since the provider's version hold only that provider's changes; others leave its tag valid", async () => {
    const provider = await providerOf('ict-python-basis');
    const query = `/v1/catalogue?provider=${encodeURIComponent(provider)}`;
    const first = await get(query);
    const tag = first.headers.get('etag')!;
    const before = await expectBody(first, CatalogueSnapshot);
    const [kept, removed] = before.courses;
    assert.ok(kept && removed, 'the provider needs two courses for this test');

    const other = Course.parse(JSON.parse(await (await get('/v1/courses/zorg-dementie')).text()));
    assert.notEqual(other.provider.id, provider);
    await server.store.upsertCourse({ ...other, title: `${other.title} (nieuw)` });
    const unchanged = await get(query, undefined, { 'If-None-Match': tag });
    assert.equal(unchanged.status, 304, "another provider's change leaves this snapshot valid");
    const upToDate = await get(`${query}&since=${before.version}`, undefined, { 'If-None-Match': tag });
    assert.equal(upToDate.status, 304);

    const mine = Course.parse(JSON.parse(await (await get(`/v1/courses/${kept.id}`)).text()));
    const removedCourse = Course.parse(JSON.parse(await (await get(`/v1/courses/${removed.id}`)).text()));
    await server.store.upsertCourse({ ...mine, title: `${mine.title} (vernieuwd)` });
    await server.store.deleteCourse(removed.id);
    const response = await get(`${query}&since=${before.version}`, undefined, { 'If-None-Match': tag });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('etag') ?? '', /-since\d+/);
    const delta = await expectBody(response, CatalogueSnapshot);
    assert.equal(delta.kind, 'delta');
    assert.ok(Number(delta.version) > Number(before.version));
    assert.deepEqual(
      delta.courses.map((course) => [course.id, course.provider.id]),
      [[mine.id, provider]],
    );
    assert.deepEqual(delta.deleted, [removed.id]);
    const stale = await get(query, undefined, { 'If-None-Match': tag });
    assert.equal(stale.status, 200, "the provider's own change gives a new tag");
    await stale.arrayBuffer();

    await server.store.upsertCourse(mine);
    await server.store.upsertCourse(removedCourse);
    await server.store.upsertCourse(other);
  });

  test('an empty ?provider= is a 400 problem naming the parameter', async () => {
    const problem = await expectProblem(await get('/v1/catalogue?provider='), 400);
    assert.deepEqual(
      problem.invalidParams?.map((param) => param.name),
      ['provider'],
    );
  });
});

describe('catalogue', () => {
  test('snapshot: every course summary valid, without description, public cache, strong ETag', async () => {
    const response = await get('/v1/catalogue');
    const etag = response.headers.get('etag') ?? '';
    assert.match(etag, /^"v\d+(-gzip)?"$/);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=600');
    assert.match(response.headers.get('vary') ?? '', /Accept-Encoding/);
    const snapshot = await expectBody(response, CatalogueSnapshot);
    assert.equal(snapshot.kind, 'snapshot');
    assert.equal(snapshot.courses.length, demoCourses(today).length);
    assert.ok(snapshot.courses.every((course) => !('description' in course)));
    assert.deepEqual(snapshot.deleted, []);
  });

  test('If-None-Match with the current ETag gives 304 (gzip and identity tags both match)', async () => {
    const first = await get('/v1/catalogue');
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    const again = await get('/v1/catalogue', undefined, { 'If-None-Match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    const identity = await rawRequest(`${server.url}/v1/catalogue`, { headers: { 'If-None-Match': etag } });
    assert.equal(identity.status, 304);
    const stale = await get('/v1/catalogue', undefined, { 'If-None-Match': '"v0"' });
    assert.equal(stale.status, 200);
    await stale.arrayBuffer();
  });

  test('gzip on request: the bytes are gzip and decode to a valid snapshot; identity otherwise', async () => {
    const zipped = await rawRequest(`${server.url}/v1/catalogue`, { headers: { 'Accept-Encoding': 'gzip, br' } });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.match(String(zipped.headers.etag), /-gzip"$/);
    CatalogueSnapshot.parse(JSON.parse(gunzipSync(zipped.body).toString('utf8')));
    const plain = await rawRequest(`${server.url}/v1/catalogue`);
    assert.equal(plain.headers['content-encoding'], undefined);
    CatalogueSnapshot.parse(JSON.parse(plain.body.toString('utf8')));
    const course = await rawRequest(`${server.url}/v1/courses?limit=50`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(course.headers['content-encoding'], 'gzip');
    CoursePage.parse(JSON.parse(gunzipSync(course.body).toString('utf8')));
  });

  test('a client that is up to date revalidating with ?since=<its version> and the tag it holds gets 304', async () => {
    const first = await get('/v1/catalogue');
    const snapshot = await expectBody(first, CatalogueSnapshot);
    const tag = first.headers.get('etag')!;
    const again = await get(`/v1/catalogue?since=${snapshot.version}`, undefined, { 'If-None-Match': tag });
    assert.equal(again.status, 304);
    const older = await get(`/v1/catalogue?since=${Number(snapshot.version) - 1}`, undefined, { 'If-None-Match': tag });
    assert.notEqual(older.status, 304, 'a client behind the current version must get the delta');
  });

  test('?since= delta after upsert and delete; version and ETag change', async () => {
    const before = await expectBody(await get('/v1/catalogue'), CatalogueSnapshot);
    const empty = await expectBody(await get(`/v1/catalogue?since=${before.version}`), CatalogueSnapshot);
    assert.equal(empty.kind, 'delta');
    assert.deepEqual([empty.courses, empty.deleted], [[], []]);

    const changed = {
      ...Course.parse(JSON.parse(await (await get('/v1/courses/ict-python-basis')).text())),
      title: 'Python voor iedereen',
    };
    await server.store.upsertCourse(changed);
    await server.store.deleteCourse('fin-fiscaal-btw');
    const delta = await expectBody(await get(`/v1/catalogue?since=${before.version}`), CatalogueSnapshot);
    assert.ok(Number(delta.version) > Number(before.version));
    assert.deepEqual(
      delta.courses.map((course) => [course.id, course.title]),
      [['ict-python-basis', 'Python voor iedereen']],
    );
    assert.deepEqual(delta.deleted, ['fin-fiscaal-btw']);

    const notModified = await get('/v1/catalogue', undefined, { 'If-None-Match': `"v${before.version}"` });
    assert.equal(notModified.status, 200, 'old ETag no longer matches');
    const after = CatalogueSnapshot.parse(await notModified.json());
    assert.ok(!after.courses.some((course) => course.id === 'fin-fiscaal-btw'));
    await expectProblem(await get('/v1/courses/fin-fiscaal-btw'), 404);
  });

  test('deleteCourses removes several courses in one version, and an upsert brings one back', async () => {
    const before = await expectBody(await get('/v1/catalogue'), CatalogueSnapshot);
    const restored = Course.parse(JSON.parse(await (await get('/v1/courses/taal-spreken-b1')).text()));
    await server.store.deleteCourses(['taal-spreken-b1', 'no-such-course', restored.id]);
    const delta = await expectBody(await get(`/v1/catalogue?since=${before.version}`), CatalogueSnapshot);
    assert.equal(Number(delta.version), Number(before.version) + 1);
    assert.deepEqual(delta.deleted, ['taal-spreken-b1']);
    await server.store.upsertCourse(restored);
    const after = await expectBody(await get('/v1/catalogue'), CatalogueSnapshot);
    assert.equal(after.courses.length, before.courses.length);
  });

  test('a planted invalid course is served raw, so clients can reject just that one', async () => {
    await server.store.setCourseRaw('zz-broken', { id: 'zz-broken', title: '', url: 'javascript:alert(1)' });
    const body = (await (await get('/v1/catalogue')).json()) as { courses: unknown[] };
    const bad = body.courses.filter((course) => !CourseSummary.safeParse(course).success);
    assert.deepEqual(bad, [{ id: 'zz-broken', title: '', url: 'javascript:alert(1)' }]);
    await server.store.deleteCourse('zz-broken');
  });

  test('invalid ?since= is a 400 problem naming the parameter', async () => {
    const problem = await expectProblem(await get('/v1/catalogue?since=yesterday'), 400);
    assert.deepEqual(
      problem.invalidParams?.map((param) => param.name),
      ['since'],
    );
  });
});

describe('courses', () => {
  test('pages through all courses with an opaque cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const page = await expectBody(await get(`/v1/courses?limit=25${query}`), CoursePage);
      assert.ok(page.items.length <= 25);
      seen.push(...page.items.map((course) => course.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    const count = (await expectBody(await get('/v1'), Discovery)).catalogue.courseCount;
    assert.equal(seen.length, count);
    assert.equal(new Set(seen).size, count);
  });

  test('filters by words, provider and topic', async () => {
    const byWords = await expectBody(
      await get(`/v1/courses?q=${encodeURIComponent('elektrische VOERTUIGEN')}`),
      CoursePage,
    );
    assert.deepEqual(
      byWords.items.map((course) => course.id),
      ['ev-veilig-werken'],
    );
    const byProvider = await expectBody(
      await get('/v1/courses?provider=prov-mobiliteitsacademie&limit=100'),
      CoursePage,
    );
    assert.ok(
      byProvider.items.length >= 4 && byProvider.items.every((c) => c.provider.id === 'prov-mobiliteitsacademie'),
    );
    const byTopic = await expectBody(await get('/v1/courses?topic=warmtepompen'), CoursePage);
    assert.ok(byTopic.items.length >= 2 && byTopic.items.every((c) => c.topics.includes('warmtepompen')));
    const wildcard = await expectBody(await get('/v1/courses?q=%25'), CoursePage);
    assert.deepEqual(wildcard.items, [], '% is matched literally');
  });

  test('invalid parameters are 400 problems naming each parameter', async () => {
    const limit = await expectProblem(await get('/v1/courses?limit=500'), 400);
    assert.deepEqual(
      limit.invalidParams?.map((param) => param.name),
      ['limit'],
    );
    const both = await expectProblem(await get('/v1/courses?limit=0&q=' + 'x'.repeat(201)), 400);
    assert.deepEqual(both.invalidParams?.map((param) => param.name).sort(), ['limit', 'q']);
    const cursor = await expectProblem(await get('/v1/courses?cursor=not-ours'), 400);
    assert.deepEqual(
      cursor.invalidParams?.map((param) => param.name),
      ['cursor'],
    );
  });

  test('GET /v1/courses/{id} has the description and offerings; unknown ids are 404', async () => {
    const course = await expectBody(await get('/v1/courses/ev-hoogvolt-diagnose'), Course);
    assert.ok(course.description.length > 0);
    assert.equal(course.offerings[0]!.start, isoDateAfter(today, 75));
    const problem = await expectProblem(await get('/v1/courses/no-such-course'), 404);
    assert.match(problem.detail ?? '', /no-such-course/);
  });
});

describe('personal data', () => {
  test('GET /v1/me: the employee, never cached', async () => {
    const response = await get('/v1/me', 'demo-lisa');
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    const me = await expectBody(response, Me);
    assert.equal(me.displayName, 'Lisa de Boer');
    assert.ok(me.manages.length > 0);
  });

  test('GET /v1/me/budget: pots with asOf; none for an employee without budget', async () => {
    const response = await get('/v1/me/budget', 'demo-sanne');
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    const budget = await expectBody(response, Budget);
    assert.equal(budget.userId, 'sanne');
    assert.equal(budget.asOf, today.toISOString());
    assert.ok(budget.pots.length >= 4);
    const none = await expectBody(await get('/v1/me/budget', 'demo-pieter'), Budget);
    assert.deepEqual(none.pots, []);
  });

  test('GET /v1/me/learning-paths and /v1/learning-paths/{id}', async () => {
    const response = await get('/v1/me/learning-paths', 'demo-mehmet');
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    const list = await expectBody(response, LearningPathList);
    const route = list.items.find((path) => path.title === 'Van benzine naar elektrisch');
    assert.ok(route);
    const one = await get(`/v1/learning-paths/${route.id}`, 'demo-mehmet');
    assert.equal(one.headers.get('cache-control'), 'private, no-store');
    assert.deepEqual(await expectBody(one, LearningPath), route);
  });

  test("someone else's learning path is 403, an unknown one 404", async () => {
    await expectProblem(await get('/v1/learning-paths/path-mehmet-ev', 'demo-anna'), 403);
    await expectProblem(await get('/v1/learning-paths/no-such-path', 'demo-anna'), 404);
  });

  test('missing or invalid tokens are 401 problems with a Bearer challenge', async () => {
    for (const path of ['/v1/me', '/v1/me/budget', '/v1/me/learning-paths', '/v1/learning-paths/path-mehmet-ev']) {
      const missing = await get(path);
      assert.match(missing.headers.get('www-authenticate') ?? '', /^Bearer /);
      await expectProblem(missing, 401);
      const wrong = await get(path, 'not-a-token');
      assert.match(wrong.headers.get('www-authenticate') ?? '', /error="invalid_token"/);
      const problem = await expectProblem(wrong, 401);
      assert.ok(!JSON.stringify(problem).includes('not-a-token'), 'the token is never echoed');
    }
    await expectProblem(await fetch(`${server.url}/v1/me`, { headers: { Authorization: 'Basic abc' } }), 401);
  });
});

describe('demo mode', () => {
  test('GET /v1/demo/users lists the demo employees with working tokens', async () => {
    const users = await expectBody(await get('/v1/demo/users'), DemoUserList);
    assert.ok(users.items.length >= 6);
    for (const user of users.items) {
      const me = await expectBody(await get('/v1/me', user.token), Me);
      assert.equal(me.id, user.id);
    }
  });

  test('outside demo mode the route does not exist', async () => {
    const production = await listen(createApp({ store: server.store, demo: false }));
    try {
      await expectProblem(await fetch(`${production.url}/v1/demo/users`), 404);
      await expectBody(await fetch(`${production.url}/v1`), Discovery);
    } finally {
      await production.close();
    }
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    rawRequest(`${url}/v1/me/budget`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });

  test('demo mode without a list: any origin, never with credentials', async () => {
    const answer = await preflight(server.url, 'https://anywhere.example');
    assert.equal(answer.status, 204);
    assert.equal(answer.headers['access-control-allow-origin'], '*');
    assert.equal(answer.headers['access-control-allow-credentials'], undefined);
    assert.match(String(answer.headers['access-control-allow-headers']), /Authorization/);
    const simple = await rawRequest(`${server.url}/v1/catalogue`, { headers: { Origin: 'https://anywhere.example' } });
    assert.equal(simple.headers['access-control-allow-origin'], '*');
    assert.match(String(simple.headers['access-control-expose-headers']), /ETag/);
  });

  test("the contract's request headers are allowed and ETag and Retry-After are readable", async () => {
    const answer = await rawRequest(`${server.url}/v1/me/budget`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://anywhere.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, if-match, idempotency-key',
      },
    });
    assert.equal(answer.status, 204);
    const allowed = String(answer.headers['access-control-allow-headers'])
      .toLowerCase()
      .split(/\s*,\s*/);
    for (const name of [
      'authorization',
      'if-none-match',
      'if-match',
      'idempotency-key',
      'accept-language',
      'content-type',
    ]) {
      assert.ok(allowed.includes(name), `${name} is allowed`);
    }
    assert.match(String(answer.headers['access-control-allow-methods']), /POST/);
    const simple = await rawRequest(`${server.url}/v1/catalogue`, { headers: { Origin: 'https://anywhere.example' } });
    const exposed = String(simple.headers['access-control-expose-headers'])
      .toLowerCase()
      .split(/\s*,\s*/);
    assert.ok(exposed.includes('etag') && exposed.includes('retry-after'), `exposed: ${exposed.join(', ')}`);
  });

  test('a configured list: listed origins reflected with credentials, others refused', async () => {
    const intranet = 'https://intranet.example.nl';
    const listed = await listen(createApp({ store: server.store, demo: false, corsOrigins: [intranet] }));
    try {
      const allowed = await preflight(listed.url, intranet);
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers['access-control-allow-origin'], intranet);
      assert.equal(allowed.headers['access-control-allow-credentials'], 'true');
      assert.match(String(allowed.headers['access-control-allow-headers']), /Authorization/);
      assert.match(String(allowed.headers.vary), /Origin/);

      const refused = await preflight(listed.url, 'https://evil.example');
      assert.equal(refused.headers['access-control-allow-origin'], undefined);

      const actual = await rawRequest(`${listed.url}/v1/me`, {
        headers: { Origin: intranet, Authorization: 'Bearer demo-anna' },
      });
      assert.equal(actual.status, 200);
      assert.equal(actual.headers['access-control-allow-origin'], intranet);
      assert.equal(actual.headers['access-control-allow-credentials'], 'true');
      assert.match(String(actual.headers.vary), /Origin/);
      const unauthorized = await rawRequest(`${listed.url}/v1/me`, { headers: { Origin: intranet } });
      assert.equal(unauthorized.status, 401);
      assert.equal(
        unauthorized.headers['access-control-allow-origin'],
        intranet,
        'errors are readable by the page too',
      );
    } finally {
      await listed.close();
    }
  });
});
