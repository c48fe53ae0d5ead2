// npm hygiene of every publishable package, checked on the tarballs `pnpm pack` makes (what npm users
// get): publint --strict, and @arethetypeswrong/cli with the ESM-only profile for the typed packages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPnpm } from './pnpm.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Publishable packages; the embed is a script-tag bundle without types, so attw has nothing to check. */
const PACKAGES = [
  { dir: 'contract', typed: true },
  { dir: 'sdk', typed: true },
  { dir: 'elements', typed: true },
  { dir: 'embed', typed: false },
  { dir: 'server', typed: true },
];

const packDir = mkdtempSync(join(tmpdir(), 'lb-pack-'));
process.on('exit', () => rmSync(packDir, { recursive: true, force: true }));

for (const { dir, typed } of PACKAGES) {
  test(`@leerbudget/${dir}: the packed tarball passes publint --strict${typed ? ' and arethetypeswrong (esm-only)' : ''}`, async () => {
    const before = new Set(readdirSync(packDir));
    const packed = await runPnpm(['pack', '--pack-destination', packDir], { capture: true, cwd: join(root, 'packages', dir) });
    assert.equal(packed.code, 0, packed.output);
    const tarball = join(packDir, readdirSync(packDir).find((file) => !before.has(file)));
    const publint = await runPnpm(['exec', 'publint', 'run', '--strict', tarball], { capture: true, cwd: root });
    assert.equal(publint.code, 0, publint.output);
    if (typed) {
      const attw = await runPnpm(['exec', 'attw', '--profile', 'esm-only', '--quiet', tarball], { capture: true, cwd: root });
      assert.equal(attw.code, 0, `see: pnpm exec attw --profile esm-only ${tarball}`);
    }
  });
}
