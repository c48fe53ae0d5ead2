// Brings a fresh clone to a state where the demo and the tests run: dependencies, a build, and Chromium.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { runPnpm } from './pnpm.mjs';

const root = new URL('..', import.meta.url);

function installedAfterLockfile() {
  const marker = new URL('node_modules/.modules.yaml', root);
  const lockfile = new URL('pnpm-lock.yaml', root);
  return existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs;
}

export async function ensureDependencies() {
  if (installedAfterLockfile()) return;
  const { code } = await runPnpm(['install', '--frozen-lockfile']);
  if (code !== 0) throw new Error('pnpm install failed');
}

export async function build() {
  const { code } = await runPnpm(['-r', 'build']);
  if (code !== 0) throw new Error('build failed');
}

function has(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

/** What the tests need from Debian: Chromium for the browser tests, PHP for the WordPress plugin's tests. */
const SYSTEM_TOOLS = [
  { command: 'chromium', debianPackage: 'chromium', skip: () => Boolean(process.env.CHROME_PATH) },
  { command: 'php', debianPackage: 'php-cli', skip: () => false },
];

/** Installs what is missing from Debian when we may; otherwise stops with one line saying how. */
export function ensureSystemTools() {
  const missing = SYSTEM_TOOLS.filter((tool) => !tool.skip() && !has(tool.command)).map((tool) => tool.debianPackage);
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !has('apt-get')) {
    throw new Error(
      `Missing: ${missing.join(', ')}. Install with \`sudo apt-get install ${missing.join(' ')}\`, then run the tests again.`,
    );
  }
  console.log(`Installing ${missing.join(', ')} from Debian (one time)…`);
  execSync(`apt-get update -q && apt-get install -y -q --no-install-recommends ${missing.join(' ')}`, {
    stdio: 'inherit',
    shell: '/bin/sh',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
