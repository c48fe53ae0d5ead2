// What `pnpm start` checks before it spends time: that its ports are free (one line when not), where to
// listen (loopback unless HOST says otherwise), and whether anything changed since the last build.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(root, 'node_modules', '.leerbudget-build-stamp.json');
/** Build outputs and folders that are not sources. */
const NOT_SOURCES = new Set(['node_modules', 'dist', '.data', 'custom-elements.json']);
/** Files whose presence proves a build ran to the end. */
const BUILT = ['packages/server/dist/index.js', 'packages/embed/dist/leerbudget.js'];

/** The interface the demo listens on: `127.0.0.1` unless `HOST` names another (e.g. `0.0.0.0`). */
export function listenHost(env = process.env) {
  return env.HOST && env.HOST.trim() !== '' ? env.HOST.trim() : '127.0.0.1';
}

/** The address the example pages use for the API: the host the API listens on, `localhost` for loopback and wildcards. */
export function apiOriginFor(host, port) {
  const local = ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host);
  const name = local ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

function portIsFree(port, host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * Rejects with one readable line when a port is taken, so `pnpm start` stops before the build rather
 * than with a stack trace after it. `ports` maps the variable that sets a port to its value.
 */
export async function assertPortsFree(ports, host) {
  for (const [variable, port] of Object.entries(ports)) {
    if (await portIsFree(port, host)) continue;
    const other = Object.entries(ports)
      .map(([name, value]) => `${name}=${name === variable ? value + 1 : value}`)
      .join(' ');
    throw new Error(
      `Port ${port} on ${host} is in use (another demo still running?). Stop that program, or choose another port: ${other} pnpm start`,
    );
  }
}

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function sourcesTime() {
  const lockfile = statSync(join(root, 'pnpm-lock.yaml')).mtimeMs;
  return Math.max(
    lockfile,
    newestSourceTime(join(root, 'packages')),
    statSync(join(root, 'tsconfig.base.json')).mtimeMs,
  );
}

/** `true` when a complete build exists and no source changed since it started (recorded in `stamp`). */
export function buildIsCurrent(stamp = STAMP) {
  if (!BUILT.every((file) => existsSync(join(root, file))) || !existsSync(stamp)) return false;
  const { startedAt } = JSON.parse(readFileSync(stamp, 'utf8'));
  return typeof startedAt === 'number' && sourcesTime() < startedAt;
}

/** Runs `build` unless {@link buildIsCurrent}; records when a successful build started. Returns whether it built. */
export async function buildIfChanged(build, stamp = STAMP) {
  if (buildIsCurrent(stamp)) {
    console.log('Nothing changed since the last build; starting at once.');
    return false;
  }
  const startedAt = Date.now();
  await build();
  writeFileSync(stamp, JSON.stringify({ startedAt }));
  return true;
}
