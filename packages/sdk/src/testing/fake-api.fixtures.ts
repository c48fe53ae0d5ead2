/**
 * A fake Leerbudget API as a `fetch` function, for the Node tests of the client: routes answer from
 * plain objects, and every request is logged with its headers. This file holds no tests of its own.
 */
import type { Budget, CourseSummary, Me } from '@leerbudget/contract';

export const API = 'http://api.test';

export function course(id: string, overrides: Record<string, unknown> = {}): CourseSummary {
  return {
    id,
    title: `Cursus ${id}`,
    summary: 'Korte samenvatting.',
    provider: { id: 'p1', name: 'Acme Academy', certifications: ['nrto'] },
    topics: ['data'],
    skills: [],
    level: 'beginner',
    languages: ['nl'],
    format: 'online',
    durationHours: 8,
    price: { amount: 49_500, currency: 'EUR', vatIncluded: true },
    fundingTags: [],
    offerings: [{ id: `${id}-o1`, start: '2026-05-01', end: '2026-05-02', location: null }],
    url: 'https://acme.example/cursus',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  } as CourseSummary;
}

export function me(id: string): Me {
  return { id, displayName: `User ${id}`, locale: 'nl', manages: [] };
}

export function budget(userId: string, available = 50_000): Budget {
  return {
    userId,
    asOf: '2026-03-01T00:00:00Z',
    pots: [
      {
        id: `${userId}-pot`,
        name: 'Persoonlijk budget',
        kind: 'personal',
        funder: { name: 'Werkgever' },
        unit: 'money',
        currency: 'EUR',
        total: 100_000,
        spent: 100_000 - available,
        reserved: 0,
        available,
        validFrom: null,
        expiresAt: '2026-12-31',
        carryOver: false,
        priority: 1,
        rules: {
          coveragePercent: 100,
          requiresCertifiedProvider: false,
          requiresApproval: false,
        },
      },
    ],
  };
}

export interface Answer {
  status?: number;
  body?: unknown;
  /** A raw body (not JSON-encoded). */
  text?: string;
  headers?: Record<string, string>;
  /** Never answer (until the request is aborted). */
  hang?: boolean;
}

export interface LoggedRequest {
  method: string;
  url: string;
  path: string;
  authorization: string | null;
  ifNoneMatch: string | null;
}

type Route = (request: Request, url: URL) => Answer | Promise<Answer>;

/** A fetch that answers from `routes` (by pathname); queued answers per path are used first. */
export function fakeApi(routes: Record<string, Route>) {
  const log: LoggedRequest[] = [];
  const queues = new Map<string, Answer[]>();

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    log.push({
      method: request.method,
      url: request.url,
      path: url.pathname,
      authorization: request.headers.get('authorization'),
      ifNoneMatch: request.headers.get('if-none-match'),
    });
    const queued = queues.get(url.pathname)?.shift();
    const route = routes[url.pathname];
    const answer =
      queued ?? (route ? await route(request, url) : { status: 404, body: { title: 'Not Found', status: 404 } });
    if (answer.hang) {
      return new Promise((_, reject) => {
        if (request.signal.aborted) reject(request.signal.reason);
        request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      });
    }
    const text = answer.text ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
    const status = answer.status ?? 200;
    return new Response(status === 304 ? null : text, {
      status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    log,
    /** Answers the next requests to `path` with these, in order, before the route. */
    queue(path: string, ...answers: Answer[]) {
      queues.set(path, [...(queues.get(path) ?? []), ...answers]);
    },
    count: (path: string) => log.filter((entry) => entry.path === path).length,
  };
}

/** Routes of a small API where tokens are `token-<userId>`. */
export function personalRoutes(budgets: Record<string, Budget> = {}): Record<string, Route> {
  const userOf = (request: Request) => request.headers.get('authorization')?.replace(/^Bearer token-/, '');
  const unauthorized: Answer = { status: 401, body: { title: 'Unauthorized', status: 401 } };
  return {
    '/v1/me': (request) => {
      const user = userOf(request);
      return user ? { body: me(user) } : unauthorized;
    },
    '/v1/me/budget': (request) => {
      const user = userOf(request);
      if (!user) return unauthorized;
      return { body: budgets[user] ?? budget(user) };
    },
  };
}
