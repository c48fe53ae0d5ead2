import * as z from 'zod/mini';
import { ProblemError } from './problem.js';

/**
 * Parses a request's query parameters with a contract schema; on failure throws a 400 problem
 * whose `invalidParams` name every wrong parameter.
 */
export function parseQuery<T>(schema: z.ZodMiniType<T>, query: Record<string, string>): T {
  const result = z.safeParse(schema, query);
  if (result.success) return result.data;
  throw invalidParams(
    result.error.issues.map((issue) => ({ name: String(issue.path[0] ?? 'query'), reason: issue.message })),
  );
}

/** A 400 problem naming the parameters that were wrong and why. */
export function invalidParams(params: { name: string; reason: string }[]): ProblemError {
  const names = params.map((param) => param.name).join(', ');
  return new ProblemError(400, {
    title: 'Bad Request',
    detail: `Invalid query parameter: ${names}.`,
    invalidParams: params,
  });
}
