import { expect, fixture, html } from '@open-wc/testing';
import { faultLog, programFaults, testServers } from '../../test/helpers.js';
import '../define/budget-meter.js';
import { configure } from './configure.js';

/** Console warnings while `action` runs. */
async function warningsDuring(action: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  const end = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const shows = (element: Element, words: string) => (element.shadowRoot?.textContent ?? '').includes(words);

before(async () => {
  await testServers();
});

describe('hints for the admin (issue 13, point 8)', () => {
  it('no getToken for a personal widget: one English console line, no request; the user reads B1 Dutch', async () => {
    configure({ getToken: undefined });
    const base = await programFaults('hint-no-token', []);
    const warnings = await warningsDuring(async () => {
      const meters = await fixture(html`<div>
        <lb-budget-meter api-base=${base} cache="memory"></lb-budget-meter>
        <lb-budget-meter api-base=${base} cache="memory"></lb-budget-meter>
      </div>`);
      await until(() => [...meters.children].every((meter) => shows(meter, 'Log opnieuw in')));
      meters.remove();
    });
    expect(warnings.filter((line) => line.includes('getToken'))).to.have.length(1);
    expect(warnings.find((line) => line.includes('getToken'))).to.include('no getToken is configured');
    expect(await faultLog('hint-no-token')).to.deep.equal([]);
  });

  it('a persistent 401: one console line naming the API, never the token', async () => {
    const token = 'secret-token-for-the-hint-test';
    configure({ getToken: () => token });
    const base = await programFaults('hint-401', [], { status: 401, body: '{"title":"Unauthorized","status":401}' });
    const warnings = await warningsDuring(async () => {
      const meter = await fixture(html`<lb-budget-meter api-base=${base} cache="memory"></lb-budget-meter>`);
      await until(() => shows(meter, 'Log opnieuw in'));
      meter.remove();
    });
    const hints = warnings.filter((line) => line.includes('401'));
    expect(hints).to.have.length(1);
    expect(hints[0]).to.include(base);
    expect(warnings.join('\n')).not.to.include(token);
    expect((await faultLog('hint-401')).map((entry) => entry.path)).to.deep.equal(['/v1/me', '/v1/me']);
  });

  // Last in this file: the policy stays on the page.
  it('the page’s CSP blocks the API (connect-src): one console line naming the API', async () => {
    configure({ getToken: () => 'demo-anna' });
    const base = await programFaults('hint-csp', []);
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "connect-src 'self'";
    document.head.append(meta);
    const warnings = await warningsDuring(async () => {
      const meter = await fixture(html`<lb-budget-meter api-base=${base} cache="memory"></lb-budget-meter>`);
      await until(() => shows(meter, 'leerbudget nu niet bereiken'));
      await new Promise((resolve) => setTimeout(resolve, 100)); // violation reports are queued as tasks
      meter.remove();
    });
    const hints = warnings.filter((line) => line.includes('connect-src'));
    expect(hints).to.have.length(1);
    expect(hints[0]).to.include(new URL(base).origin);
  });
});
