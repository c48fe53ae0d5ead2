import http from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import { serve } from '@hono/node-server';
import * as z from 'zod/mini';
import { Problem } from '@leerbudget/contract';
import type { Hono } from 'hono';
import { startServer, type RunningServer, type ServerOptions } from '../src/index.js';

/** Starts a server on a free loopback port: on PostgreSQL (tables dropped first) when `DATABASE_URL` is set, else in-memory PGlite. */
export function startTestServer(options: ServerOptions = {}): Promise<RunningServer> {
  const databaseUrl = process.env.DATABASE_URL;
  return startServer({ port: 0, ...(databaseUrl ? { databaseUrl, resetDatabase: true } : {}), ...options });
}

/** Serves an app (for example one sharing a store with a running server) on a free loopback port. */
export async function listen(app: Hono): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

/** A response as it came over the wire: no automatic decompression, any header allowed (such as `Origin`). */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export function rawRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** Asserts a 2xx JSON response and parses its body with the contract schema (throws on any mismatch). */
export async function expectBody<T>(response: Response, schema: z.ZodMiniType<T>, status = 200): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  return schema.parse(JSON.parse(text));
}

/** Asserts a problem+json response with this status and parses it with the contract's `Problem`. */
export async function expectProblem(response: Response, status: number): Promise<Problem> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = Problem.parse(await response.json());
  assert.equal(problem.status, status);
  return problem;
}
