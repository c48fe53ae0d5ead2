import { Course, CoursePage, Problem } from '@leerbudget/contract';
import { fail, requireCapability, type Check } from '../check.js';
import { call, expectJson, expectStatus } from '../http.js';

const PAGES = 3;

export const coursePagingCheck: Check = {
  id: 'courses-paging',
  title: 'GET /v1/courses pages with a cursor, without repeats',
  async run(context) {
    requireCapability(context, 'catalogue');
    const seen = new Set<string>();
    let cursor: string | null = null;
    for (let page = 0; page < PAGES; page += 1) {
      const path: string = `/v1/courses?limit=2${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const reply = await call(context, path);
      expectStatus(reply, 200, `GET ${path}`, 'Serve course pages at /v1/courses with limit and cursor.');
      const body: CoursePage = expectJson(reply, CoursePage, `GET ${path}`);
      if (body.items.length > 2)
        fail('at most 2 items for limit=2', `${body.items.length}`, 'Honour the limit parameter.');
      for (const item of body.items) {
        if (seen.has(item.id))
          fail(
            'every course once across pages',
            `course ${item.id} again on page ${page + 1}`,
            'Make nextCursor point after the last item of the page (keyset paging).',
          );
        seen.add(item.id);
      }
      if (body.nextCursor === null) return;
      cursor = body.nextCursor;
    }
  },
};

export const courseDetailCheck: Check = {
  id: 'course-detail',
  title: 'GET /v1/courses/{id} answers one course with its description',
  async run(context) {
    requireCapability(context, 'catalogue');
    const list = expectJson(await call(context, '/v1/courses?limit=1'), CoursePage, 'GET /v1/courses?limit=1');
    const first = list.items[0];
    if (first === undefined)
      fail('at least one course to look at', 'an empty catalogue', 'Add a course to the catalogue under test.');
    const path = `/v1/courses/${encodeURIComponent(first.id)}`;
    const reply = await call(context, path);
    expectStatus(reply, 200, `GET ${path}`, 'Serve each course at /v1/courses/{id}.');
    expectJson(reply, Course, `GET ${path}`);
  },
};

export const problemDetailsCheck: Check = {
  id: 'problem-json',
  title: 'Errors are application/problem+json (RFC 9457)',
  async run(context) {
    const path = '/v1/courses/conformance-no-such-course';
    const reply = await call(context, path);
    expectStatus(reply, 404, `GET ${path}`, 'Answer 404 for an unknown course id.');
    const problem = expectJson(reply, Problem, `the 404 of ${path}`, 'application/problem+json');
    if (problem.status !== 404)
      fail(
        '"status": 404 in the problem',
        `"status": ${problem.status}`,
        'Repeat the HTTP status in the problem body.',
      );
  },
};

export const unauthorizedCheck: Check = {
  id: 'auth-401',
  title: 'Personal data without a token is 401 with WWW-Authenticate: Bearer',
  async run(context) {
    const reply = await call(context, '/v1/me');
    expectStatus(reply, 401, 'GET /v1/me without a token', 'Answer 401 when the Authorization header is missing.');
    const challenge = reply.headers.get('www-authenticate') ?? '';
    if (!/^bearer\b/i.test(challenge))
      fail(
        'WWW-Authenticate: Bearer realm="…"',
        challenge === '' ? 'no WWW-Authenticate header' : challenge,
        'Send WWW-Authenticate: Bearer with every 401, so clients know to sign in.',
      );
    expectJson(reply, Problem, 'the 401', 'application/problem+json');
  },
};
