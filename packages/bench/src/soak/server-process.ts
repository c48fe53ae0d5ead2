import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../../server/dist/cli.js', import.meta.url));

/** A free loopback port, so the restarted server comes back at the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The reference server in its own process, so the soak can `kill -9` it mid-run and start it again. */
export class ServerProcess {
  readonly url: string;
  readonly #args: string[];
  readonly #env: NodeJS.ProcessEnv;
  #child: ChildProcess | undefined;

  constructor(port: number, database: { url?: string; dataDir?: string }) {
    this.url = `http://127.0.0.1:${port}`;
    this.#args = [
      CLI,
      '--port',
      String(port),
      '--seed',
      'none',
      ...(database.dataDir ? ['--data-dir', database.dataDir] : []),
    ];
    this.#env = { ...process.env, ...(database.url ? { DATABASE_URL: database.url } : {}) };
    if (!database.url) delete this.#env.DATABASE_URL;
  }

  /** Starts the server and waits until it listens (at most a minute: PGlite recovering a crashed directory is slow). */
  start(): Promise<void> {
    const child = spawn(process.execPath, this.#args, { env: this.#env, stdio: ['ignore', 'pipe', 'inherit'] });
    this.#child = child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        if (String(chunk).includes('Leerbudget API on')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the server exited with ${code} before it listened`));
      });
    });
  }

  /** `kill -9`: no shutdown, no flush, whatever transaction was open is cut off. */
  kill9(): Promise<void> {
    return this.#stop('SIGKILL');
  }

  /** A clean stop (SIGTERM). */
  stop(): Promise<void> {
    return this.#stop('SIGTERM');
  }

  #stop(signal: NodeJS.Signals): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}
