// A small HTTP server on loopback whose answers each test programs: a queue of steps per scenario
// (status/body, a delay, a hang, an unreachable API (the browser sees a network error, as offline), or
// a pass-through to the real reference server, optionally held until released). Requests are logged per scenario so tests can count them and inspect headers.
import { createServer } from 'node:http';

/**
 * @typedef {{ status?: number, headers?: Record<string,string>, body?: string, delayMs?: number,
 *   hang?: boolean, unreachable?: boolean, proxy?: boolean, hold?: string, path?: string }} Step
 */

export async function startFaultServer(apiBase) {
  /** @type {Map<string, { steps: Step[], fallback: Step, log: object[] }>} */
  const scenarios = new Map();
  const holds = new Map();
  const hanging = new Set();

  const scenario = (id) => {
    if (!scenarios.has(id)) scenarios.set(id, { steps: [], fallback: { proxy: true }, log: [] });
    return scenarios.get(id);
  };

  const holdPromise = (name) => {
    if (!holds.has(name)) {
      let release;
      const promise = new Promise((resolve) => (release = resolve));
      holds.set(name, { promise, release });
    }
    return holds.get(name).promise;
  };

  function corsHeaders(request) {
    return {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers':
        'authorization, content-type, if-none-match, if-match, idempotency-key, accept-language',
      'access-control-expose-headers': 'etag, retry-after, date',
      vary: 'Origin',
    };
  }

  async function readBody(request) {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  async function proxy(request, response, rest, entry) {
    const headers = {};
    for (const name of ['authorization', 'if-none-match', 'accept', 'content-type', 'idempotency-key', 'if-match']) {
      if (request.headers[name]) headers[name] = request.headers[name];
    }
    // Writes pass through too (with their body), so a write test can use a base of its own.
    const body = request.method === 'POST' ? await readBody(request) : undefined;
    const upstream = await fetch(new URL(rest, apiBase), { method: request.method, headers, body });
    const answer = Buffer.from(await upstream.arrayBuffer());
    const passed = {};
    for (const name of [
      'content-type',
      'etag',
      'cache-control',
      'www-authenticate',
      'retry-after',
      'idempotent-replayed',
    ]) {
      const value = upstream.headers.get(name);
      if (value) passed[name] = value;
    }
    entry.status = upstream.status;
    response.writeHead(upstream.status, { ...corsHeaders(request), ...passed });
    response.end(upstream.status === 304 ? undefined : answer);
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://fault.local');
    const [, id, ...restParts] = url.pathname.split('/');
    const rest = `/${restParts.join('/')}${url.search}`;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...corsHeaders(request), 'access-control-allow-methods': 'GET, POST, OPTIONS' });
      return response.end();
    }
    const state = scenario(id);
    const entry = { method: request.method, path: rest, headers: { ...request.headers }, at: Date.now() };
    state.log.push(entry);
    // A step that names a path answers only that path, so a test does not depend on request order.
    const pathname = rest.split('?')[0];
    const index = state.steps.findIndex((candidate) => candidate.path === undefined || candidate.path === pathname);
    const step = index >= 0 ? state.steps.splice(index, 1)[0] : state.fallback;
    if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    if (step.hold) await holdPromise(step.hold);
    if (step.unreachable) {
      // No CORS headers: fetch rejects with a network error, as offline. (A closed connection would not
      // do: Chromium itself retries a request whose reused connection closes, doubling the count.)
      entry.status = 0;
      response.writeHead(502);
      return response.end();
    }
    if (step.hang) {
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      return;
    }
    if (step.proxy)
      return proxy(request, response, rest, entry).catch((error) => {
        response.writeHead(502, corsHeaders(request));
        response.end(String(error));
      });
    entry.status = step.status ?? 200;
    response.writeHead(step.status ?? 200, { ...corsHeaders(request), ...(step.headers ?? {}) });
    response.end(step.body ?? '');
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    /** Programs a scenario: its queue of steps, and what to do once the queue is empty. */
    program({ scenario: id, steps = [], fallback = { proxy: true } }) {
      scenarios.set(id, { steps: [...steps], fallback, log: [] });
    },
    log: ({ scenario: id }) => scenario(id).log,
    release: ({ hold }) => {
      holdPromise(hold);
      holds.get(hold).release();
      holds.delete(hold);
    },
    async close() {
      for (const response of hanging) response.destroy();
      for (const { release } of holds.values()) release();
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
