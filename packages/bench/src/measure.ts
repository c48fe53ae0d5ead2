import { performance } from 'node:perf_hooks';
import type { BenchIndex } from './engines/engine.js';
import type { BenchQuery } from './queries.js';

declare const gc: () => void;

/** Bytes in use: the JS heap plus typed-array buffers, which live outside it. */
function memoryInUse(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Builds under measurement: wall time and memory the index keeps after a full GC. */
export async function measureBuild<T>(
  build: () => Promise<T> | T,
): Promise<{ index: T; buildMs: number; memoryMB: number }> {
  const before = memoryInUse();
  const start = performance.now();
  const index = await build();
  const buildMs = performance.now() - start;
  const memoryMB = (memoryInUse() - before) / 2 ** 20;
  return { index, buildMs, memoryMB };
}

export interface QueryTimes {
  queries: number;
  medianMs: number;
  p95Ms: number;
  meanHits: number;
  /** The hit count of each query, in order: to compare engines query by query. */
  totals: number[];
}

/**
 * Times each query once after a warm-up pass over all of them (the same for every engine: compiled
 * code and memoised funding plans, as in a finder someone has been using); returns median and 95th percentile.
 */
export async function measureQueries(index: BenchIndex, queries: readonly BenchQuery[]): Promise<QueryTimes> {
  for (const query of queries) await index.query(query);
  const times: number[] = [];
  const totals: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    const answer = await index.query(query);
    times.push(performance.now() - start);
    totals.push(answer.total);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)]!;
  const meanHits = totals.reduce((sum, total) => sum + total, 0) / totals.length;
  return { queries: times.length, medianMs: at(0.5), p95Ms: at(0.95), meanHits, totals };
}
