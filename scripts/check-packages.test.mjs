// npm hygiene of every publishable package, checked on the tarballs `pnpm pack` makes (what npm users
// get): publint --strict and @arethetypeswrong/cli (ESM-only profile) per package, then a fresh strict
// TypeScript app outside the workspace (scripts/fixtures/npm-app) that installs the tarballs, with its
// own, older patch of zod, and must get one zod, typecheck, build, and run our contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, runPnpm } from './pnpm.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Publishable packages; the embed is a script-tag bundle without types, so attw has nothing to check. */
const PACKAGES = [
  { dir: 'contract', typed: true },
  { dir: 'funding', typed: true },
  { dir: 'sdk', typed: true },
  { dir: 'elements', typed: true },
  { dir: 'embed', typed: false },
  { dir: 'server', typed: true },
  { dir: 'react', typed: true },
];
/** The app's own zod: another patch than the workspace's, inside our caret range. */
const APP_ZOD = '4.6.6';

const workDir = mkdtempSync(join(tmpdir(), 'lb-pack-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
const tarballs = {};

async function pack(dir) {
  const before = new Set(readdirSync(workDir));
  const packed = await runPnpm(['pack', '--pack-destination', workDir], {
    capture: true,
    cwd: join(root, 'packages', dir),
  });
  assert.equal(packed.code, 0, packed.output);
  return join(
    workDir,
    readdirSync(workDir).find((file) => !before.has(file)),
  );
}

for (const { dir, typed } of PACKAGES) {
  test(`@leerbudget/${dir}: the packed tarball passes publint --strict${typed ? ' and arethetypeswrong (esm-only)' : ''}`, async () => {
    const tarball = (tarballs[dir] = await pack(dir));
    const publint = await runPnpm(['exec', 'publint', 'run', '--strict', tarball], { capture: true, cwd: root });
    assert.equal(publint.code, 0, publint.output);
    if (typed) {
      const attw = await runPnpm(['exec', 'attw', '--profile', 'esm-only', '--quiet', tarball], {
        capture: true,
        cwd: root,
      });
      assert.equal(attw.code, 0, `see: pnpm exec attw --profile esm-only ${tarball}`);
    }
  });
}

test('a fresh strict TypeScript app installs the tarballs, gets one zod and one Lit, typechecks, builds and runs the contract', async () => {
  const app = join(workDir, 'npm-app');
  cpSync(fileURLToPath(new URL('fixtures/npm-app/', import.meta.url)), app, { recursive: true });
  const own = (dir) => `file:${tarballs[dir]}`;
  const versionOf = (name) =>
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const manifest = {
    name: 'leerbudget-npm-app',
    private: true,
    type: 'module',
    dependencies: {
      '@leerbudget/elements': own('elements'),
      '@leerbudget/sdk': own('sdk'),
      '@leerbudget/contract': own('contract'),
      '@leerbudget/funding': own('funding'),
      zod: APP_ZOD,
    },
    devDependencies: {
      typescript: versionOf('typescript'),
      vite: JSON.parse(readFileSync(join(root, 'packages/embed/package.json'), 'utf8')).devDependencies.vite,
    },
    // Our packages are not on the registry: their dependencies on each other resolve to the tarballs too.
    pnpm: {
      overrides: {
        '@leerbudget/sdk': own('sdk'),
        '@leerbudget/contract': own('contract'),
        '@leerbudget/funding': own('funding'),
      },
    },
  };
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const install = await runPnpm(['install', '--prefer-offline', '--config.confirmModulesPurge=false'], {
    capture: true,
    cwd: app,
  });
  assert.equal(install.code, 0, install.output);
  const installed = readdirSync(join(app, 'node_modules/.pnpm'));
  assert.deepEqual(
    installed.filter((name) => /^zod@/.test(name)),
    [`zod@${APP_ZOD}`],
    'one zod, the app’s',
  );
  assert.equal(installed.filter((name) => /^lit@/.test(name)).length, 1, 'one Lit');

  const typecheck = await runPnpm(['exec', 'tsc', '-p', 'tsconfig.json'], { capture: true, cwd: app });
  assert.equal(typecheck.code, 0, typecheck.output);
  const build = await runPnpm(['exec', 'vite', 'build', '--logLevel', 'warn'], { capture: true, cwd: app });
  assert.equal(build.code, 0, build.output);
  const assets = join(app, 'dist/assets');
  assert.ok(existsSync(assets));
  const bundle = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
  assert.match(bundle, /lb-budget-meter/);
  assert.doesNotMatch(bundle, /lb-course-finder|lb-learning-path/, 'only the registered widget is bundled');

  const smoke = await run(process.execPath, ['smoke.mjs'], { capture: true, cwd: app });
  assert.equal(smoke.code, 0, smoke.output);
});
