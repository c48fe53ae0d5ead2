import { expect } from '@open-wc/testing';
import { faultLog, programFaults, releaseHold } from '@leerbudget/test-kit/servers';
import { openStrictPage, pageRecord, until } from '../test/test-pages.js';

function meterText(frame: HTMLIFrameElement): string {
  const meter = frame.contentDocument?.querySelector('lb-budget-meter');
  return (meter?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('the embed under a strict Content-Security-Policy', () => {
  it('renders with Trusted Types and no inline script or style, with zero violations; cached budget first on a reload', async () => {
    const base = await programFaults('embed-csp', []);
    const body = '<lb-budget-meter variant="full" finder-href="cursussen.html"></lb-budget-meter>';
    const first = await openStrictPage({ apiBase: base, token: 'demo-sanne', body, copy: 'csp-1' });
    await until(() => pageRecord(first).firstBudget !== undefined && meterText(first).includes('Opleidingsbudget'));
    await until(() => !meterText(first).includes('Bijgewerkt om')); // fresh, so the cache is warm
    expect(pageRecord(first).violations).to.deep.equal([]);
    expect(pageRecord(first).errors).to.deep.equal([]);
    first.remove();

    // A reload: a new page and client; /v1/me answers, the budget is held until the cached one shows.
    await programFaults('embed-csp', [{ proxy: true, hold: 'embed-csp-budget', path: '/v1/me/budget' }]);
    const second = await openStrictPage({ apiBase: base, token: 'demo-sanne', body, copy: 'csp-2' });
    await until(() => pageRecord(second).firstBudget !== undefined);
    const { firstBudget } = pageRecord(second);
    expect(firstBudget!.stale, 'the first budget on screen is the cached one').to.equal(true);
    expect(meterText(second)).to.include('Opleidingsbudget').and.include('Bijgewerkt om');
    const loaderRan = second.contentWindow!.performance.getEntriesByName('leerbudget-loader')[0]!.startTime;
    console.log(
      `cached render after a reload (CSP page, budget response held): ${firstBudget!.at.toFixed(0)} ms from navigation start, ` +
        `${(firstBudget!.at - loaderRan).toFixed(0)} ms after the loader ran`,
    );
    // Release only once the held request has arrived, or the release would come before the hold.
    await until(async () => (await faultLog('embed-csp')).some((entry) => entry.path === '/v1/me/budget'));
    await releaseHold('embed-csp-budget');
    await until(() => !meterText(second).includes('Bijgewerkt om'));
    expect(pageRecord(second).violations).to.deep.equal([]);
    expect(pageRecord(second).errors).to.deep.equal([]);
    second.remove();
  });
});
