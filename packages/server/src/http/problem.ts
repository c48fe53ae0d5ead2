import type { Problem } from '@leerbudget/contract';

/** Problem details the server sends; `type` stays `about:blank` so the title is the HTTP status text. */
export type ProblemInit = Omit<Problem, 'type' | 'status'>;

/**
 * Thrown by handlers to answer with RFC 9457 problem details; the app's error handler turns it
 * into an `application/problem+json` response with the given extra headers.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: ProblemInit;
  readonly headers: Record<string, string>;

  constructor(status: number, problem: ProblemInit, headers: Record<string, string> = {}) {
    super(problem.title);
    this.name = 'ProblemError';
    this.status = status;
    this.problem = problem;
    this.headers = headers;
  }
}

/** Builds the problem+json response of a status. */
export function problemResponse(status: number, problem: ProblemInit, headers: Record<string, string> = {}): Response {
  const body: Problem = { type: 'about:blank', status, ...problem };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers },
  });
}
