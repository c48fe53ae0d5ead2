// `pnpm test`: installs what is missing, builds, runs every suite (Node and Chromium), and ends with
// one line "N passed, N failed" summing all of them. Set LB_TEST_POSTGRES_URL to also run the
// server suite against a real PostgreSQL.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, ensureDependencies, ensureSystemTools } from './ensure-installed.mjs';
import { run, runPnpm } from './pnpm.mjs';

const totals = { passed: 0, failed: 0 };
const timings = [];

async function step(name, action) {
  const started = Date.now();
  try {
    await action();
  } finally {
    timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

function addTap(output) {
  for (const [, kind, count] of output.matchAll(/^# (pass|fail) (\d+)$/gm)) {
    totals[kind === 'pass' ? 'passed' : 'failed'] += Number(count);
  }
}

async function nodeSuites(label, env = {}, filter = []) {
  const { code, output } = await runPnpm(
    ['-r', '--workspace-concurrency=1', ...filter, '--if-present', 'run', 'test:node'],
    { capture: true, env },
  );
  addTap(output);
  if (code !== 0 && !/^# fail [1-9]/m.test(output)) {
    console.error(`${label}: a suite failed to run`);
    totals.failed += 1;
  }
}

/** The repository's own scripts (`pnpm start` and its checks). */
async function scriptSuites() {
  const files = readdirSync(new URL('.', import.meta.url))
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => `scripts/${name}`);
  const { code, output } = await run(process.execPath, ['--test', '--test-reporter=tap', ...files], { capture: true });
  addTap(output);
  if (code !== 0 && !/^# fail [1-9]/m.test(output)) totals.failed += 1;
}

async function browserSuites() {
  const totalsFile = join(mkdtempSync(join(tmpdir(), 'lb-wtr-')), 'totals.json');
  const { code } = await runPnpm(
    [
      'exec',
      'web-test-runner',
      '--files',
      'packages/sdk/src/**/*.browser.test.ts',
      'packages/elements/src/**/*.test.ts',
      'packages/embed/src/**/*.test.ts',
    ],
    { env: { LB_BROWSER_TOTALS: totalsFile } },
  );
  let counted = { passed: 0, failed: 0 };
  try {
    counted = JSON.parse(readFileSync(totalsFile, 'utf8'));
  } catch {
    console.error('browser tests: the runner stopped before it could count');
  }
  totals.passed += counted.passed;
  totals.failed += counted.failed;
  if (code !== 0 && counted.failed === 0) totals.failed += 1;
}

try {
  await step('install', ensureDependencies);
  await step('system tools', ensureSystemTools);
  await step('build', build);
  await step('typecheck', async () => {
    const { code } = await runPnpm(['-r', 'typecheck']);
    if (code !== 0) totals.failed += 1;
  });
  await step('lint', async () => {
    const { code } = await runPnpm(['run', 'lint']);
    if (code !== 0) totals.failed += 1;
  });
  await step('node tests', () => nodeSuites('node tests'));
  await step('script tests', scriptSuites);
  if (process.env.LB_TEST_POSTGRES_URL) {
    await step('server on PostgreSQL', () =>
      nodeSuites('server on PostgreSQL', { DATABASE_URL: process.env.LB_TEST_POSTGRES_URL }, [
        '--filter',
        '@leerbudget/server',
      ]),
    );
  }
  await step('packages', async () => {
    const { code, output } = await run(
      process.execPath,
      ['--test', '--test-reporter=tap', 'scripts/check-packages.test.mjs'],
      { capture: true },
    );
    addTap(output);
    if (code !== 0 && !/^# fail [1-9]/m.test(output)) totals.failed += 1;
  });
  await step('browser tests', browserSuites);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  totals.failed += 1;
}

console.log(`\ntimings: ${timings.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
