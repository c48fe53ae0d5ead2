import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback API for the checker's own tests: it forwards to a real reference server and breaks one
 * rule on the way (`fault`, named after the check that must catch it). With `requests: true` it also
 * implements the request endpoints of issue 11 in memory (the reference server does not have them yet),
 * serialised like a database would, and shows the reservations in `/v1/me/budget`.
 */
export interface FaultyApiOptions {
  upstream: string;
  fault?: string;
  requests?: boolean;
}

export interface FaultyApi {
  url: string;
  close(): Promise<void>;
}

interface Held {
  id: string;
  token: string;
  potId: string;
  amount: number;
  status: string;
  courseId: string;
  offeringId: string;
}

type Json = Record<string, any>;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function problem(status: number, title: string): Answer {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify({ type: 'about:blank', title, status }),
  };
}

export async function startFaultyApi(options: FaultyApiOptions): Promise<FaultyApi> {
  const { upstream, fault } = options;
  const held = new Map<string, Held>();
  const keys = new Map<string, { body: string; answer: Answer }>();
  let queue: Promise<unknown> = Promise.resolve();

  async function forward(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<Answer> {
    const response = await fetch(`${upstream}${path}`, {
      method,
      headers,
      ...(body === undefined || method === 'GET' || method === 'HEAD' ? {} : { body }),
    });
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding') out[name] = value;
    });
    return { status: response.status, headers: out, body: await response.text() };
  }

  function heldFor(token: string, potId: string): number {
    return [...held.values()]
      .filter((entry) => entry.token === token && entry.potId === potId && entry.status !== 'cancelled')
      .reduce((sum, entry) => sum + entry.amount, 0);
  }

  async function createRequest(token: string, key: string | undefined, body: string): Promise<Answer> {
    if (key === undefined) return problem(400, 'Idempotency-Key is required');
    const known = keys.get(`${token} ${key}`);
    if (known !== undefined && fault !== 'requests-replay') {
      if (known.body === body || fault === 'requests-reused-key') return known.answer;
      return problem(422, 'This Idempotency-Key was used with another body');
    }
    const input = JSON.parse(body) as { courseId: string; offeringId: string };
    const course = JSON.parse(
      (await forward('GET', `/v1/courses/${encodeURIComponent(input.courseId)}`, {})).body,
    ) as Json;
    const budget = JSON.parse(
      (await forward('GET', '/v1/me/budget', { authorization: `Bearer ${token}` })).body,
    ) as Json;
    const price = course.price.amount as number;
    const pots = (budget.pots as Json[]).filter((pot) => pot.unit === 'money');
    const pot =
      fault === 'requests-no-overdraft'
        ? pots[0]
        : pots.find((candidate) => candidate.available - heldFor(token, candidate.id) >= price);
    if (pot === undefined) return problem(409, 'Not enough budget left');
    const request: Held = {
      id: randomUUID(),
      token,
      potId: pot.id,
      amount: price,
      status: 'submitted',
      courseId: input.courseId,
      offeringId: input.offeringId,
    };
    held.set(request.id, request);
    const answer: Answer = {
      status: 201,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(requestJson(request)),
    };
    keys.set(`${token} ${key}`, { body, answer });
    return answer;
  }

  function requestJson(request: Held): Json {
    return {
      id: request.id,
      status: request.status,
      courseId: request.courseId,
      offeringId: request.offeringId,
      lines: [{ potId: request.potId, amount: request.amount, unit: 'money' }],
    };
  }

  async function handle(method: string, url: URL, headers: Record<string, string>, body: string): Promise<Answer> {
    const token = /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1];
    if (options.requests === true && url.pathname.startsWith('/v1/me/requests') && method === 'POST') {
      if (token === undefined) return problem(401, 'Sign in');
      const cancel = /^\/v1\/me\/requests\/([^/]+)\/cancel$/.exec(url.pathname);
      if (cancel !== null) {
        const request = held.get(decodeURIComponent(cancel[1]!));
        if (request === undefined || request.token !== token) return problem(404, 'No such request');
        if (fault !== 'requests-cancel-releases') request.status = 'cancelled';
        return {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...requestJson(request), status: 'cancelled' }),
        };
      }
      // One write at a time, as row locks would do; the overdraft fault skips the lock.
      if (fault === 'requests-no-overdraft') return createRequest(token, headers['idempotency-key'], body);
      const result = queue.then(() => createRequest(token, headers['idempotency-key'], body));
      queue = result.catch(() => undefined);
      return result;
    }
    const forwardHeaders = { ...headers };
    delete forwardHeaders.host;
    delete forwardHeaders['accept-encoding'];
    if (fault === 'catalogue-etag') delete forwardHeaders['if-none-match'];
    const query = new URLSearchParams(url.search);
    if (fault === 'catalogue-delta') query.delete('since');
    if (fault === 'courses-paging') query.delete('cursor');
    const search = query.size === 0 ? '' : `?${query}`;
    const answer = await forward(method, `${url.pathname}${search}`, forwardHeaders, body === '' ? undefined : body);
    return applyFault(url, method, answer, token);
  }

  function applyFault(url: URL, method: string, answer: Answer, token: string | undefined): Answer {
    const json = () => JSON.parse(answer.body) as Json;
    const path = url.pathname;
    let changed: Json | undefined;
    if (path === '/v1' && method === 'GET') {
      changed = json();
      if (options.requests === true) changed.capabilities = [...changed.capabilities, 'requests'];
      if (fault === 'discovery') changed.capabilities = 'budget';
    }
    if (path === '/v1/me/budget' && answer.status === 200 && token !== undefined) {
      changed = json();
      for (const pot of changed.pots as Json[]) {
        const amount = heldFor(token, pot.id);
        pot.reserved += amount;
        pot.available -= amount;
      }
      if (fault === 'budget') changed.pots[0].available += 1;
    }
    if (fault === 'catalogue-schema' && path === '/v1/catalogue' && answer.status === 200) {
      changed = json();
      changed.courses[0].price.amount = 12.5;
    }
    if (fault === 'course-detail' && /^\/v1\/courses\/[^/]+$/.test(path) && answer.status === 200) {
      changed = json();
      delete changed.description;
    }
    if (fault === 'me' && path === '/v1/me' && answer.status === 200) {
      changed = json();
      delete changed.displayName;
    }
    if (fault === 'learning-paths' && path === '/v1/me/learning-paths' && answer.status === 200)
      changed = { paths: 'none' };
    const headers = { ...answer.headers };
    if (changed !== undefined) headers['content-type'] = 'application/json';
    if (fault === 'catalogue-etag') delete headers.etag;
    if (fault === 'problem-json' && answer.status === 404) headers['content-type'] = 'text/html';
    if (fault === 'auth-401') delete headers['www-authenticate'];
    if (fault === 'cors-preflight' && headers['access-control-allow-headers'] !== undefined) {
      headers['access-control-allow-headers'] = headers['access-control-allow-headers'].replace(
        /,?\s*Idempotency-Key/i,
        '',
      );
    }
    if (fault === 'cors-expose' && headers['access-control-expose-headers'] !== undefined) {
      headers['access-control-expose-headers'] = headers['access-control-expose-headers'].replace(
        /,?\s*Retry-After/i,
        '',
      );
    }
    if (options.requests === true && method === 'OPTIONS')
      headers['access-control-allow-methods'] = 'GET, POST, OPTIONS';
    return { status: answer.status, headers, body: changed === undefined ? answer.body : JSON.stringify(changed) };
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      handle(
        request.method ?? 'GET',
        new URL(request.url ?? '/', 'http://localhost'),
        headers,
        Buffer.concat(chunks).toString('utf8'),
      ).then(
        (answer) => {
          response.writeHead(answer.status, answer.headers);
          response.end(answer.status === 304 ? undefined : answer.body);
        },
        (error: Error) => {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(error.message);
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
