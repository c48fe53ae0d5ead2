import { CourseListQuery } from '@leerbudget/contract';
import { Hono } from 'hono';
import { PUBLIC_CACHE } from '../http/cache-headers.js';
import { decodeCourseCursor, encodeCourseCursor } from '../http/course-cursor.js';
import { ProblemError } from '../http/problem.js';
import { parseQuery } from '../http/query.js';
import type { Store } from '../store.js';

const DEFAULT_PAGE_SIZE = 20;

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': PUBLIC_CACHE };

/** `GET /v1/courses` (paged, filtered) and `GET /v1/courses/{id}`. Bodies come straight from the store. */
export function courseRoutes(store: Store): Hono {
  const app = new Hono();

  app.get('/v1/courses', async (c) => {
    const query = parseQuery(CourseListQuery, c.req.query());
    const page = await store.listCourses({
      words: (query.q ?? '').split(/\s+/).filter((word) => word.length > 0),
      ...(query.provider === undefined ? {} : { provider: query.provider }),
      ...(query.topic === undefined ? {} : { topic: query.topic }),
      ...(query.cursor === undefined ? {} : { afterId: decodeCourseCursor(query.cursor) }),
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    const nextCursor = page.lastId === null ? null : encodeCourseCursor(page.lastId);
    return new Response(`{"items":[${page.items.join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`, {
      headers: JSON_HEADERS,
    });
  });

  app.get('/v1/courses/:id', async (c) => {
    const id = c.req.param('id');
    const json = await store.courseJson(id);
    if (json === undefined)
      throw new ProblemError(404, { title: 'Not Found', detail: `There is no course with id "${id}".` });
    return new Response(json, { headers: JSON_HEADERS });
  });

  return app;
}
