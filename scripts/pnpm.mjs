// Runs pnpm the way this process was started (`npx pnpm@… test`, a global pnpm, or `pnpm` on PATH),
// so the quick start works on a machine that only has Node.
import { spawn } from 'node:child_process';

export function pnpmCommand(args) {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath) && /\.(c?js)$/.test(execPath)) {
    return [process.execPath, [execPath, ...args]];
  }
  return ['pnpm', args];
}

/** Runs a command, streaming its output; resolves with the exit code and everything it printed. */
export function run(command, args, { env = {}, capture = false, cwd } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
        process.stderr.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

export function runPnpm(args, options) {
  const [command, fullArgs] = pnpmCommand(args);
  return run(command, fullArgs, options);
}
