import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { BOSSES, COURSE_ID, HR_ID, OPEN_RUN, SMALL_RUN, employeeId, tokenOf, type SoakShape } from './soak-data.js';

/** What the clients saw, to be checked against the database afterwards. */
export interface ClientRecord {
  /** Every request id answered with 201, per employee. */
  created: Map<string, Set<string>>;
  /** Request ids seen per idempotency key that was retried: more than one id per key is a double booking. */
  retriedKeys: Map<string, Set<string>>;
  httpAnswers: number;
  latenciesMs: number[];
  statusCounts: Map<number, number>;
  networkErrors: number;
}

/** How long one call may keep retrying while the server is down, and the whole run at most. */
const RETRY_WINDOW_MS = 90_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One HTTP call; `dropAnswer` aborts it right after sending, as a dropped connection would. */
async function call(
  record: ClientRecord,
  base: string,
  path: string,
  user: string,
  init: { method: string; body?: unknown; headers?: Record<string, string>; dropAnswer?: boolean },
) {
  const started = performance.now();
  const response = await fetch(base + path, {
    method: init.method,
    headers: { Authorization: `Bearer ${tokenOf(user)}`, 'Content-Type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    ...(init.dropAnswer ? { signal: AbortSignal.timeout(1 + Math.floor(Math.random() * 15)) } : {}),
  });
  const body = await response.text();
  record.latenciesMs.push(performance.now() - started);
  record.httpAnswers += 1;
  record.statusCounts.set(response.status, (record.statusCounts.get(response.status) ?? 0) + 1);
  return { status: response.status, body, etag: response.headers.get('etag') };
}

/** Calls until an HTTP answer comes, through dropped answers and a server that is down: always the same call. */
async function persistently(record: ClientRecord, send: (attempt: number) => ReturnType<typeof call>) {
  const deadline = Date.now() + RETRY_WINDOW_MS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const answer = await send(attempt);
      if (answer.status < 500) return answer;
    } catch {
      record.networkErrors += 1;
    }
    if (Date.now() > deadline) throw new Error('the server did not come back within the retry window');
    await sleep(Math.min(1000, 50 * 2 ** Math.min(attempt, 5)));
  }
}

export interface WorkloadHooks {
  base: () => string;
  /** Called after every finished create, with the number finished so far. */
  onCreateDone: (done: number) => Promise<void> | void;
}

/**
 * The clients: each makes its creates one after another against the pots of a shared employee, a tenth with
 * a dropped first answer (then retried with the same key), a tenth cancelled afterwards. Managers decide and
 * HR completes in parallel until the clients are done.
 */
export async function runWorkload(shape: SoakShape, hooks: WorkloadHooks): Promise<ClientRecord> {
  const record: ClientRecord = {
    created: new Map(),
    retriedKeys: new Map(),
    httpAnswers: 0,
    latenciesMs: [],
    statusCounts: new Map(),
    networkErrors: 0,
  };
  let done = 0;
  let clientsRunning = true;
  const approved: string[] = [];

  async function client(index: number): Promise<void> {
    const user = employeeId(index % shape.employees);
    for (let n = 0; n < shape.requestsPerClient; n += 1) {
      const key = randomUUID();
      const dropFirst = Math.random() < 0.1;
      const body = { courseId: COURSE_ID, offeringId: n % 4 === 0 ? SMALL_RUN : OPEN_RUN };
      const answer = await persistently(record, (attempt) =>
        call(record, hooks.base(), '/v1/me/requests', user, {
          method: 'POST',
          body,
          headers: { 'Idempotency-Key': key },
          dropAnswer: dropFirst && attempt === 0,
        }),
      );
      if (answer.status === 201) {
        const id = (JSON.parse(answer.body) as { id: string }).id;
        if (!record.created.has(user)) record.created.set(user, new Set());
        record.created.get(user)!.add(id);
        if (dropFirst) {
          if (!record.retriedKeys.has(key)) record.retriedKeys.set(key, new Set());
          record.retriedKeys.get(key)!.add(id);
          // Once more with the same key, as a client that is not sure: must be the same request.
          const again = await persistently(record, () =>
            call(record, hooks.base(), '/v1/me/requests', user, {
              method: 'POST',
              body,
              headers: { 'Idempotency-Key': key },
            }),
          );
          if (again.status === 201) record.retriedKeys.get(key)!.add((JSON.parse(again.body) as { id: string }).id);
        }
        if (Math.random() < 0.1) {
          await persistently(record, () =>
            call(record, hooks.base(), `/v1/me/requests/${id}/cancel`, user, { method: 'POST', body: {} }),
          );
        } else if ((index % shape.employees) % 2 === 0) {
          approved.push(id);
        }
      }
      done += 1;
      await hooks.onCreateDone(done);
    }
  }

  async function manager(boss: string): Promise<void> {
    while (clientsRunning) {
      const queue = await persistently(record, () =>
        call(record, hooks.base(), '/v1/approvals', boss, { method: 'GET' }),
      );
      const items =
        queue.status === 200 ? (JSON.parse(queue.body) as { items: { id: string; version: number }[] }).items : [];
      await Promise.all(
        items.slice(0, 10).map(async (item) => {
          const approve = Math.random() < 0.7;
          const answer = await persistently(record, () =>
            call(record, hooks.base(), `/v1/approvals/${item.id}/decision`, boss, {
              method: 'POST',
              body: approve ? { decision: 'approve' } : { decision: 'decline', note: 'Niet nu.' },
              headers: { 'If-Match': `"${item.version}"` },
            }),
          );
          if (answer.status === 200 && approve) approved.push(item.id);
        }),
      );
      await sleep(items.length === 0 ? 100 : 10);
    }
  }

  async function hr(): Promise<void> {
    while (clientsRunning || approved.length > 0) {
      const id = approved.shift();
      if (id === undefined) {
        await sleep(50);
        continue;
      }
      // A fifth of the approved requests are completed; 409 means the employee cancelled it first.
      if (Math.random() < 0.2)
        await persistently(record, () =>
          call(record, hooks.base(), `/v1/requests/${id}/complete`, HR_ID, { method: 'POST', body: {} }),
        );
    }
  }

  const deciders = [...BOSSES.map(manager), hr()];
  await Promise.all(Array.from({ length: shape.clients }, (_, index) => client(index)));
  clientsRunning = false;
  await Promise.all(deciders);
  return record;
}
