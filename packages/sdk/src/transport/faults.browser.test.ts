import { expect } from '@open-wc/testing';
import { faultLog, programFaults, testServers } from '@leerbudget/test-kit/servers';
import { createClient, isTimeoutError, isValidationError, type ClientOptions } from '../index.js';

const anna = () => 'demo-anna';

describe('transport faults (misbehaving server on loopback)', () => {
  let apiBase: string;
  const clientFor = (baseUrl: string, options: Partial<ClientOptions> = {}) =>
    createClient({ baseUrl, getToken: anna, cache: 'memory', ...options });

  before(async () => {
    ({ apiBase } = await testServers());
  });

  it('503 then 200: retried with back-off, resolves', async () => {
    const base = await programFaults('retry-503', [
      { status: 503, body: '{"title":"Busy","status":503}', headers: { 'content-type': 'application/problem+json' } },
    ]);
    const discovery = await clientFor(base).discover();
    expect(discovery.apiVersion).to.equal('1');
    expect((await faultLog('retry-503')).map((entry) => entry.status)).to.deep.equal([503, 200]);
  });

  it('429 with Retry-After: honoured within the cap, no hang', async () => {
    const base = await programFaults('retry-429', [{ status: 429, headers: { 'retry-after': '3600' } }]);
    const discovery = await clientFor(base, { retry: { maxRetryAfterMs: 300 } }).discover();
    expect(discovery.apiVersion).to.equal('1');
    expect((await faultLog('retry-429')).map((entry) => entry.status)).to.deep.equal([429, 200]);
  });

  it('a response that never comes ends in a TimeoutError', async () => {
    const base = await programFaults('hang', [{ hang: true }]);
    const error = await clientFor(base, { timeoutMs: 400 })
      .discover()
      .catch((e: unknown) => e);
    expect(isTimeoutError(error)).to.equal(true);
  });

  it('a 200 with an HTML body is a ValidationError', async () => {
    const base = await programFaults('html', [
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>Sign in</title>' },
    ]);
    const error = await clientFor(base)
      .discover()
      .catch((e: unknown) => e);
    expect(isValidationError(error)).to.equal(true);
    expect((error as Error).message).to.contain('text/html');
  });

  it('a budget missing a required field: the error names the field', async () => {
    const real = await clientFor(apiBase).budget.get();
    const broken = JSON.parse(JSON.stringify(real)) as { pots: Array<Record<string, unknown>> };
    delete broken.pots[0]!.available;
    const base = await programFaults('missing-field', []);
    const client = clientFor(base);
    await client.me();
    await programFaults('missing-field', [
      { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(broken) },
    ]);
    const error = await client.budget.get().catch((e: unknown) => e);
    expect(isValidationError(error)).to.equal(true);
    expect(error).to.have.property('field', 'pots.0.available');
    expect((error as Error).message).to.contain('pots.0.available');
  });

  it('three concurrent budget.get() calls make one request', async () => {
    const base = await programFaults('dedupe', []);
    const client = clientFor(base);
    const budgets = await Promise.all([client.budget.get(), client.budget.get(), client.budget.get()]);
    expect(budgets.map((b) => b.userId)).to.deep.equal(['anna', 'anna', 'anna']);
    const paths = (await faultLog('dedupe')).map((entry) => entry.path);
    expect(paths.filter((path) => path === '/v1/me/budget')).to.have.length(1);
    expect(paths.filter((path) => path === '/v1/me')).to.have.length(1);
  });

  it('the token goes with personal calls only, never with public ones', async () => {
    const base = await programFaults('auth-scope', []);
    const client = clientFor(base);
    await client.budget.get();
    const { items } = await client.courses.list({ limit: 1 });
    await client.courses.get(items[0]!.id);
    await client.discover();
    const log = await faultLog('auth-scope');
    const authorized = log.filter((entry) => entry.headers.authorization !== undefined).map((entry) => entry.path);
    expect(authorized).to.deep.equal(['/v1/me', '/v1/me/budget']);
    expect(log.find((entry) => entry.path === '/v1/me')!.headers.authorization).to.equal('Bearer demo-anna');
  });
});
