import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '@leerbudget/server';
import { startFaultyApi, type FaultyApi } from './testing/faulty-api.js';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

function runCli(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('leerbudget-conformance on the command line', () => {
  let server: RunningServer;
  let faulty: FaultyApi;
  before(async () => {
    server = await startServer({ port: 0 });
    faulty = await startFaultyApi({ upstream: server.url, fault: 'cors-expose' });
  });
  after(async () => {
    await faulty.close();
    await server.close();
  });

  it('exits 0 against the reference server, and skips the write checks without --writes', async () => {
    const { code, stdout } = await runCli([server.url, '--token', 'demo-sanne']);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /15 passed, 0 failed, 6 skipped/);
  });

  it('exits 0 with every check passed when writes and the approver are given', async () => {
    const { code, stdout } = await runCli([
      server.url,
      '--token',
      'demo-sanne',
      '--approver-token',
      'demo-lisa',
      '--writes',
    ]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /21 passed, 0 failed, 0 skipped/);
  });

  it('exits 1 and writes JUnit with the failure when one rule is broken', async () => {
    const { code, stdout } = await runCli([faulty.url, '--report', 'junit']);
    assert.equal(code, 1);
    assert.match(stdout, /failures="1"/);
    assert.match(
      stdout,
      /<testcase classname="leerbudget-conformance" name="cors-expose: [^"]+">\n {4}<failure message="expected Access-Control-Expose-Headers with ETag, Retry-After/,
    );
  });
});
