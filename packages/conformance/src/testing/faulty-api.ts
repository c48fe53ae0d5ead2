import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback API for the checker's own tests: it forwards every call to a real reference server and breaks one
 * rule on the way (`fault`, named after the check that must catch it). Writes go to the reference server too;
 * a write fault changes what goes there or what comes back, the way a server without that rule would behave.
 */
export interface FaultyApiOptions {
  upstream: string;
  fault?: string;
}

export interface FaultyApi {
  url: string;
  /** Stops the proxy, after cancelling upstream any request that a fault kept from being cancelled. */
  close(): Promise<void>;
}

// The proxy edits answers of every shape in place; typing each one would be longer than the proxy.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const CREATE_PATH = '/v1/me/requests';
const CANCEL_PATH = /^\/v1\/me\/requests\/([^/]+)\/cancel$/;
const DECISION_PATH = /^\/v1\/approvals\/([^/]+)\/decision$/;
const STEP_COMPLETE_PATH = /^\/v1\/me\/learning-paths\/[^/]+\/steps\/[^/]+\/complete$/;

export async function startFaultyApi(options: FaultyApiOptions): Promise<FaultyApi> {
  const { upstream, fault } = options;
  /** requests-reused-key: the first body sent with each key, which the proxy sends again for that key. */
  const firstBodies = new Map<string, string>();
  /** requests-no-overdraft: cents per token that an unlocked server would have reserved for refused requests. */
  const unlockedReservations = new Map<string, number>();
  /** requests-cancel-releases: cancels swallowed by the proxy, done for real on close. */
  const swallowedCancels: Array<{ token: string; id: string }> = [];
  /** requests-approval: the first answer to a decision, repeated instead of the refusal of a later one. */
  const firstDecisions = new Map<string, Answer>();

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

  async function priceOf(courseId: string): Promise<number> {
    const course = JSON.parse((await forward('GET', `/v1/courses/${encodeURIComponent(courseId)}`, {})).body) as Json;
    return course.price.amount as number;
  }

  /** Changes a write on its way to the reference server, or answers it in the server's place. */
  async function write(
    path: string,
    headers: Record<string, string>,
    body: string,
    token: string | undefined,
  ): Promise<Answer> {
    const key = headers['idempotency-key'];
    if (path === CREATE_PATH && key !== undefined) {
      if (fault === 'requests-replay') headers['idempotency-key'] = randomUUID();
      if (fault === 'requests-reused-key') {
        const first = firstBodies.get(`${token} ${key}`);
        if (first === undefined) firstBodies.set(`${token} ${key}`, body);
        else body = first;
      }
    }
    const cancel = CANCEL_PATH.exec(path);
    if (fault === 'requests-cancel-releases' && cancel !== null && token !== undefined) {
      const id = decodeURIComponent(cancel[1]!);
      swallowedCancels.push({ token, id });
      const list = JSON.parse((await forward('GET', CREATE_PATH, { authorization: `Bearer ${token}` })).body) as Json;
      const request = (list.items as Json[]).find((item) => item.id === id);
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...request, status: 'cancelled' }),
      };
    }
    if (fault === 'step-completion' && STEP_COMPLETE_PATH.test(path) && token !== undefined) {
      // A server that lets the employee tick off any step: it answers the path as if the step were done.
      const paths = JSON.parse(
        (await forward('GET', '/v1/me/learning-paths', { authorization: `Bearer ${token}` })).body,
      ) as Json;
      return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(paths.items[0]) };
    }
    const answer = await forward('POST', path, headers, body);
    if (fault === 'requests-no-overdraft' && path === CREATE_PATH && answer.status === 409 && token !== undefined) {
      // A server without row locks takes the refused request anyway, on the first pot.
      const cents = await priceOf((JSON.parse(body) as Json).courseId as string);
      unlockedReservations.set(token, (unlockedReservations.get(token) ?? 0) + cents);
    }
    const decision = DECISION_PATH.exec(path);
    if (fault === 'requests-approval' && decision !== null) {
      const id = decodeURIComponent(decision[1]!);
      const first = firstDecisions.get(id);
      if (first === undefined && answer.status === 200) firstDecisions.set(id, answer);
      if (first !== undefined && (answer.status === 409 || answer.status === 412)) return first;
    }
    return answer;
  }

  async function handle(method: string, url: URL, headers: Record<string, string>, body: string): Promise<Answer> {
    const token = /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1];
    const forwardHeaders = { ...headers };
    delete forwardHeaders.host;
    delete forwardHeaders['accept-encoding'];
    delete forwardHeaders['content-length'];
    if (method === 'POST') return write(url.pathname, forwardHeaders, body, token);
    if (fault === 'catalogue-etag') delete forwardHeaders['if-none-match'];
    const query = new URLSearchParams(url.search);
    if (fault === 'catalogue-delta') query.delete('since');
    if (fault === 'catalogue-provider') query.delete('provider');
    if (fault === 'courses-paging') query.delete('cursor');
    const search = query.size === 0 ? '' : `?${query}`;
    const answer = await forward(method, `${url.pathname}${search}`, forwardHeaders, body === '' ? undefined : body);
    return applyFault(url, method, answer, token);
  }

  function applyFault(url: URL, method: string, answer: Answer, token: string | undefined): Answer {
    const json = () => JSON.parse(answer.body) as Json;
    const path = url.pathname;
    let changed: Json | undefined;
    if (fault === 'discovery' && path === '/v1' && method === 'GET') {
      changed = json();
      changed.capabilities = 'budget';
    }
    if (path === '/v1/me/budget' && answer.status === 200 && token !== undefined) {
      const unlocked = unlockedReservations.get(token) ?? 0;
      if (fault === 'budget') {
        changed = json();
        changed.pots[0].available += 1;
      }
      if (unlocked > 0) {
        changed = json();
        changed.pots[0].reserved += unlocked;
        changed.pots[0].available -= unlocked;
      }
    }
    if (fault === 'catalogue-schema' && path === '/v1/catalogue' && answer.status === 200) {
      changed = json();
      changed.courses[0].price.amount = 12.5;
    }
    if (fault === 'funding-schemes' && path === '/v1/funding-schemes' && answer.status === 200) {
      changed = json();
      changed.items[0].maxPerCourse = 12.5;
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
    async close() {
      for (const { token, id } of swallowedCancels)
        await forward('POST', `/v1/me/requests/${encodeURIComponent(id)}/cancel`, { authorization: `Bearer ${token}` });
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
