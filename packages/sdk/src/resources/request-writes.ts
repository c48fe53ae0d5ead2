import * as z from 'zod/mini';
import {
  CourseRequest,
  LearningPath,
  PotHistory,
  type CreateRequestBody,
  type DeclineReason,
} from '@leerbudget/contract';
import { isHttpError, isNetworkError, isRequestRefusedError, isTimeoutError } from '../errors.js';
import { parseItems, parseResource } from '../validation.js';
import { idSegment } from './id-segment.js';
import type { IssueReporter } from './issue-reporter.js';
import { personalResource, type ResourceContext } from './personal-resource.js';
import { bodyOf } from '../transport/transport.js';

const ListEnvelope = z.object({ items: z.array(z.unknown()) });

/** Options of `client.requests.create`. */
export interface CreateRequestOptions {
  /**
   * The key that makes retries safe. Default: a new `crypto.randomUUID()` per call. Pass your own to retry a
   * call whose answer you lost (for example after a reload), never to make a second request.
   */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** A decision on a request in the caller's queue. A decline needs a note; `reason` lets HR count why. */
export interface Decision {
  decision: 'approve' | 'decline';
  note?: string;
  reason?: DeclineReason;
}

/** Statuses worth sending the same create again for: the answer may simply have been lost. */
function answerMayBeLost(error: unknown): boolean {
  if (isNetworkError(error) || isTimeoutError(error)) return true;
  return isHttpError(error) && (error.status >= 500 || error.status === 408 || error.status === 429);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Requests, approvals, pot history and marking learning steps done. Loaded on first use, so a page that only shows the meter does not
 * download it. Every write calls `changed()` afterwards, so every watching widget revalidates its data.
 */
export function requestWrites(
  context: ResourceContext,
  issues: IssueReporter,
  settings: { retries: number; changed: () => void },
) {
  const { session } = context;
  const parseList =
    (resource: string) =>
    (body: unknown): CourseRequest[] => {
      const items = Array.isArray(body) ? body : parseResource(resource, ListEnvelope, body).items;
      const result = parseItems('CourseRequest', CourseRequest, items);
      issues.report(result.issues);
      return result.items;
    };
  const requests = personalResource(context, {
    name: 'requests',
    resource: 'CourseRequests',
    path: 'v1/me/requests',
    parse: parseList('CourseRequests'),
  });
  const approvals = personalResource(context, {
    name: 'approvals',
    resource: 'Approvals',
    path: 'v1/approvals',
    parse: parseList('Approvals'),
  });
  /** The version of every request this client last saw in a queue, for `If-Match`. */
  const seenVersions = new Map<string, number>();

  async function write<T>(
    path: string,
    resource: string,
    schema: z.ZodMiniType<T>,
    body: unknown,
    headers: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<T> {
    try {
      const response = await session.authorizedPost({ path, resource, body, headers, ...(signal ? { signal } : {}) });
      return parseResource(resource, schema, response.body);
    } catch (error) {
      // A refusal means the data the user saw was out of date: show them the server's truth.
      if (isRequestRefusedError(error)) settings.changed();
      throw error;
    }
  }

  /** A write with an idempotency key, sent again with the same key when its answer may have been lost. */
  async function writeOnce<T>(
    path: string,
    resource: string,
    schema: z.ZodMiniType<T>,
    body: unknown,
    options: CreateRequestOptions,
  ): Promise<T> {
    const key = options.idempotencyKey ?? crypto.randomUUID();
    for (let attempt = 0; ; attempt += 1) {
      try {
        const written = await write(path, resource, schema, body, { 'idempotency-key': key }, options.signal);
        settings.changed();
        return written;
      } catch (error) {
        // The same key, never a new one: the server answers a retry with the first answer, not a second write.
        if (attempt >= settings.retries || !answerMayBeLost(error) || options.signal?.aborted) throw error;
        await wait(250 * 2 ** attempt);
      }
    }
  }

  function create(input: CreateRequestBody, options: CreateRequestOptions = {}): Promise<CourseRequest> {
    return writeOnce('v1/me/requests', 'CourseRequest', CourseRequest, input, options);
  }

  function completeStep(pathId: string, stepId: string, options: CreateRequestOptions = {}): Promise<LearningPath> {
    const path = `v1/me/learning-paths/${idSegment('LearningPath', pathId)}/steps/${idSegment('LearningStep', stepId)}/complete`;
    return writeOnce(path, 'LearningPath', LearningPath, {}, options);
  }

  async function cancel(id: string, signal?: AbortSignal): Promise<CourseRequest> {
    const cancelled = await write(
      `v1/me/requests/${idSegment('CourseRequest', id)}/cancel`,
      'CourseRequest',
      CourseRequest,
      {},
      {},
      signal,
    );
    settings.changed();
    return cancelled;
  }

  async function listApprovals(signal?: AbortSignal): Promise<CourseRequest[]> {
    const items = await approvals.get(signal);
    for (const item of items) seenVersions.set(item.id, item.version);
    return items;
  }

  async function decide(
    id: string,
    decision: Decision,
    options: { version?: number; signal?: AbortSignal } = {},
  ): Promise<CourseRequest> {
    const version =
      options.version ?? seenVersions.get(id) ?? (await listApprovals(options.signal), seenVersions.get(id));
    // Without a version the server answers 428; with the one last seen, a decision made meanwhile gives 409/412.
    const headers: Record<string, string> = version === undefined ? {} : { 'if-match': `"${version}"` };
    const decided = await write(
      `v1/approvals/${idSegment('CourseRequest', id)}/decision`,
      'CourseRequest',
      CourseRequest,
      decision,
      headers,
      options.signal,
    );
    seenVersions.delete(id);
    settings.changed();
    return decided;
  }

  async function history(
    potId: string,
    page: { cursor?: string; limit?: number; signal?: AbortSignal } = {},
  ): Promise<PotHistory> {
    const searchParams = { cursor: page.cursor, limit: page.limit === undefined ? undefined : String(page.limit) };
    const response = await session.authorizedGet({
      path: `v1/me/budget/pots/${idSegment('BudgetPot', potId)}/history`,
      resource: 'PotHistory',
      searchParams,
      ...(page.signal ? { signal: page.signal } : {}),
    });
    return parseResource('PotHistory', PotHistory, bodyOf(response));
  }

  return { requests, approvals, create, completeStep, cancel, listApprovals, decide, history };
}
