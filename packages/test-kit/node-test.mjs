#!/usr/bin/env node
// Runs a package's Node tests: every src/**/*.test.ts except *.browser.test.ts (those run in Chromium).
// Node 20's test runner has no glob support, and sh's `**` is not recursive.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.name.endsWith('.test.ts') && !entry.name.endsWith('.browser.test.ts') ? [path] : [];
  });
}

const files = findTests('src').sort();
if (files.length === 0) {
  console.log('# pass 0\n# fail 0');
  process.exit(0);
}
const extra = process.argv.slice(2);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...extra, ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
