// Compares the committed translations (xliff/) and generated locale modules (src/generated/) with what
// `lit-localize extract && lit-localize build` would write now, in a scratch folder, so the check never
// touches the work tree.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitLocales } from './split-locales.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cli = join(packageDir, 'node_modules/.bin/lit-localize');

function filesIn(dir) {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath ?? entry.path, entry.name);
        return [path.slice(dir.length + 1), readFileSync(path, 'utf8')];
      }),
  );
}

/** Returns a list of problems: stale or missing files, and messages without an English target. */
export function localizeProblems() {
  const scratch = mkdtempSync(join(tmpdir(), 'lb-localize-'));
  try {
    const config = JSON.parse(readFileSync(join(packageDir, 'lit-localize.json'), 'utf8'));
    cpSync(join(packageDir, config.interchange.xliffDir), join(scratch, 'xliff'), { recursive: true });
    config.interchange.xliffDir = join(scratch, 'xliff');
    config.output.outputDir = join(scratch, 'generated/locales');
    config.output.localeCodesModule = join(scratch, 'generated/locale-codes.ts');
    const configFile = join(packageDir, '.lit-localize.check.json');
    writeFileSync(configFile, JSON.stringify(config));
    try {
      execFileSync(cli, ['extract', '--config', configFile], { cwd: packageDir, stdio: 'pipe' });
      execFileSync(cli, ['build', '--config', configFile], { cwd: packageDir, stdio: 'pipe' });
      splitLocales(join(scratch, 'generated'));
    } finally {
      rmSync(configFile, { force: true });
    }
    const problems = [];
    const compare = (expectedDir, actualDir, label) => {
      const expected = filesIn(expectedDir);
      const actual = filesIn(actualDir);
      for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
        if (expected[name] !== actual[name]) problems.push(`${label}/${name} is stale: run \`pnpm localize\``);
      }
    };
    compare(join(scratch, 'xliff'), join(packageDir, 'xliff'), 'xliff');
    compare(join(scratch, 'generated'), join(packageDir, 'src/generated'), 'src/generated');
    const xliff = readFileSync(join(packageDir, 'xliff/en.xlf'), 'utf8');
    for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      if (!body.includes('<target>')) problems.push(`xliff/en.xlf: "${id}" has no English translation`);
    }
    return problems;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
