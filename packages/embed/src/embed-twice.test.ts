import { expect } from '@open-wc/testing';
import { faultLog, programFaults, releaseHold } from '@leerbudget/test-kit/servers';
import { loadBundle, until } from '../test/test-pages.js';

type Stub = { q: unknown[][]; configure(...args: unknown[]): void };

function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('the embed bundle on a page', () => {
  it('loaded twice, with elements before and after it: each renders once, no exception, one request per resource', async () => {
    const errors: string[] = [];
    const warnings: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);

    const base = await programFaults('embed-twice', [
      { proxy: true, hold: 'embed-twice-budget', path: '/v1/me/budget' },
    ]);
    const before = document.body.appendChild(document.createElement('lb-budget-meter'));
    // The queue stub an admin pastes, with a configure call made before the bundle exists.
    const stub: Stub = {
      q: [],
      configure(...args) {
        this.q.push(['configure', args]);
      },
    };
    (window as unknown as { Leerbudget: Stub }).Leerbudget = stub;
    stub.configure({ getToken: () => 'demo-anna' });

    const defaults = { apiBase: base, cache: 'memory' };
    await Promise.all([loadBundle('first', defaults), loadBundle('second', defaults)]);
    const after = document.body.appendChild(document.createElement('lb-budget-meter'));
    await until(async () => (await faultLog('embed-twice')).some((entry) => entry.path === '/v1/me/budget'));
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the late element join the held request
    await releaseHold('embed-twice-budget');
    await until(() => [before, after].every((element) => shadowText(element).includes('750')));

    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = originalWarn;
    for (const element of [before, after]) {
      expect(element.shadowRoot!.querySelectorAll('[part="base"]')).to.have.length(1);
      expect(shadowText(element)).to.include('€ 750 over');
    }
    expect(errors).to.deep.equal([]);
    expect(warnings, 'the same version twice is silent').to.deep.equal([]);
    expect((await faultLog('embed-twice')).map((entry) => entry.path)).to.deep.equal(['/v1/me', '/v1/me/budget']);
    expect((window as unknown as { Leerbudget: { version: string } }).Leerbudget.version).to.match(/^\d+\.\d+\.\d+/);
    before.remove();
    after.remove();
  });
});
