import * as z from 'zod/mini';
import { fail, type CheckContext } from './check.js';

/** A response read once, with its body as text. */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

export interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  token?: string;
}

/** One request to the API under test; a network error becomes a failed check. */
export async function call(context: CheckContext, path: string, init: RequestInit = {}): Promise<Reply> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await context.fetch(`${context.base}${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch (error) {
    fail(
      `an answer to ${init.method ?? 'GET'} ${path}`,
      `a network error (${(error as Error).message})`,
      'Check that the API base is right and the server is reachable from here.',
    );
  }
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function describeStatus(reply: Reply): string {
  const snippet = reply.text.length > 120 ? `${reply.text.slice(0, 120)}…` : reply.text;
  return `${reply.status} ${reply.headers.get('content-type') ?? '(no content type)'} ${snippet}`.trim();
}

/**
 * Asserts that `reply` (to `GET path`) carries an `ETag` and that sending it back as `If-None-Match` answers
 * `304`; `hints` say how to fix each half.
 */
export async function expectRevalidation(
  context: CheckContext,
  path: string,
  reply: Reply,
  hints: { etag: string; notModified: string },
): Promise<void> {
  const etag = reply.headers.get('etag');
  if (etag === null) fail(`an ETag header on GET ${path}`, 'no ETag', hints.etag);
  const again = await call(context, path, { headers: { 'if-none-match': etag } });
  if (again.status !== 304) fail(`304 Not Modified for If-None-Match: ${etag}`, `${again.status}`, hints.notModified);
}

/** Asserts a status, naming the request. */
export function expectStatus(reply: Reply, status: number, what: string, hint: string): void {
  if (reply.status !== status) fail(`${what} to answer ${status}`, describeStatus(reply), hint);
}

/** Parses a JSON body with a contract schema; a mismatch names the first bad field. */
export function expectJson<T>(reply: Reply, schema: z.ZodMiniType<T>, what: string, mediaType = 'application/json'): T {
  const type = reply.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith(mediaType)) {
    fail(`${what} with Content-Type ${mediaType}`, `Content-Type "${type}"`, `Send ${mediaType}; charset=utf-8.`);
  }
  let body: unknown;
  try {
    body = JSON.parse(reply.text);
  } catch {
    fail(`${what} as JSON`, `text that is not JSON: ${reply.text.slice(0, 80)}`, 'Send the body as JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length === 0 ? '(the body)' : issue.path.map(String).join('.');
    fail(
      `${what} to match the contract schema`,
      `field ${field}: ${issue.message}`,
      `Fix ${field} so it matches the contract's schema in openapi.json.`,
    );
  }
  return parsed.data;
}

/** The comma-separated tokens of a header, lower-cased. */
export function headerList(headers: Headers, name: string): string[] {
  return (headers.get(name) ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
}
