/**
 * `pnpm bench`: builds every engine on the same generated catalogues (10k and 100k courses), asks
 * each the same queries, prints a table and writes `results.json`. See README.md for the method.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { generateCourses } from '@leerbudget/server/synthetic';
import { bundleSize } from './bundle-size.js';
import type { BenchEngine } from './engines/engine.js';
import { flexsearch } from './engines/flexsearch.js';
import { itemsjsEngine } from './engines/itemsjs.js';
import { minisearch } from './engines/minisearch.js';
import { orama } from './engines/orama.js';
import { ours } from './engines/ours.js';
import { measureBuild, measureQueries, type QueryTimes } from './measure.js';
import { generateQueries } from './queries.js';

const QUERY_COUNT = 200;
const SEED = 2026;

/** Engines too slow to answer 200 queries at 100k within the 5-minute budget answer the first N. */
const QUERY_CAP_AT_100K: Record<string, number> = { itemsjs: 10, '@orama/orama': 30 };

interface EngineRun extends Omit<QueryTimes, 'totals'> {
  engine: string;
  facets: string;
  workload: string;
  buildMs: number;
  memoryMB: number;
  /** This engine's median and p95 divided by ours on the same workload (above 1: slower than ours). */
  medianRatio?: number;
  p95Ratio?: number;
  /** Share of queries whose hit count equals ours: whether the engines answered the same question. */
  agreement?: number;
}

/** `LB_BENCH_ENGINES=leerbudget,flexsearch` runs only those (ours always first, the reference). */
const only = process.env['LB_BENCH_ENGINES']?.split(',');
const engines: BenchEngine[] = [ours, flexsearch, minisearch, orama, itemsjsEngine].filter(
  (engine) => engine === ours || !only || only.includes(engine.name),
);
const runs: EngineRun[] = [];

for (const size of [10_000, 100_000]) {
  const courses = generateCourses(size, SEED);
  const textQueries = generateQueries(courses, QUERY_COUNT, SEED + size, true);
  const browseQueries = generateQueries(courses, QUERY_COUNT, SEED + size + 1, false);
  const oursRuns: Record<string, { run: EngineRun; totals: number[] }> = {};
  for (const engine of engines) {
    const { index, buildMs, memoryMB } = await measureBuild(() => engine.build(courses));
    const cap = size === 100_000 ? (QUERY_CAP_AT_100K[engine.name] ?? QUERY_COUNT) : QUERY_COUNT;
    const workloads: Array<[string, typeof textQueries]> = [
      [`${size / 1000}k text + 2 filters + 5 facet counts`, textQueries.slice(0, cap)],
    ];
    if (engine === ours) workloads.push([`${size / 1000}k facets only (2 filters + 5 counts)`, browseQueries]);
    for (const [workload, queries] of workloads) {
      const { totals, ...times } = await measureQueries(index, queries);
      const run: EngineRun = { engine: engine.name, facets: engine.facets, workload, buildMs, memoryMB, ...times };
      const reference = oursRuns[workload];
      if (engine === ours) oursRuns[workload] = { run, totals };
      else if (reference) {
        const agreeing = totals.filter((total, i) => total === reference.totals[i]).length;
        Object.assign(run, {
          medianRatio: run.medianMs / reference.run.medianMs,
          p95Ratio: run.p95Ms / reference.run.p95Ms,
          agreement: agreeing / totals.length,
        });
      }
      runs.push(run);
      printRow(run);
    }
  }
}

const sizes = {
  'leerbudget (engine, funding plans external)': await bundleSize(ours.sizeEntry, [
    '@leerbudget/contract',
    '@leerbudget/funding',
  ]),
  'leerbudget (engine + funding plans)': await bundleSize(ours.sizeEntry, ['@leerbudget/contract']),
  ...Object.fromEntries(
    await Promise.all(
      engines
        .filter((engine) => engine !== ours)
        .map(async (engine) => [engine.name, await bundleSize(engine.sizeEntry)] as const),
    ),
  ),
};
console.log('\nmin+gzip bytes');
for (const [name, bytes] of Object.entries(sizes)) console.log(`  ${name.padEnd(46)} ${(bytes / 1024).toFixed(1)} kB`);

writeFileSync(
  new URL('../results.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, seed: SEED, queryCount: QUERY_COUNT, queryCapAt100k: QUERY_CAP_AT_100K, runs, sizeBytes: sizes }, null, 2)}\n`,
);

function printRow(run: EngineRun): void {
  if (runs.length === 1) {
    console.log(
      [
        'workload'.padEnd(44),
        'engine'.padEnd(13),
        'facets'.padEnd(14),
        'build ms',
        ' mem MB',
        'queries',
        'median ms',
        ' p95 ms',
        'med×',
        'p95×',
        'hits',
        'agree',
      ].join(' '),
    );
  }
  const ratio = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1)).padStart(5);
  console.log(
    [
      run.workload.padEnd(44),
      run.engine.padEnd(13),
      run.facets.padEnd(14),
      run.buildMs.toFixed(0).padStart(8),
      run.memoryMB.toFixed(1).padStart(7),
      String(run.queries).padStart(7),
      run.medianMs.toFixed(3).padStart(9),
      run.p95Ms.toFixed(3).padStart(7),
      ratio(run.medianRatio),
      ratio(run.p95Ratio),
      run.meanHits.toFixed(0).padStart(5),
      run.agreement === undefined ? '' : `${(run.agreement * 100).toFixed(0)}%`.padStart(5),
    ].join(' '),
  );
}
