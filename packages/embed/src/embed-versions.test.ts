import { expect } from '@open-wc/testing';
import { loadBundle } from '../test/test-pages.js';

describe('the embed bundle after another Leerbudget version', () => {
  it('leaves the first version in charge, warns once naming both versions, and never throws', async () => {
    class OlderMeter extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('lb-budget-meter', OlderMeter);
    const older = { version: '0.0.1', configure: () => undefined };
    (window as unknown as { Leerbudget: typeof older }).Leerbudget = older;

    const errors: string[] = [];
    const warnings: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      await loadBundle('newer', { apiBase: 'http://localhost:1' });
    } finally {
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('lb-budget-meter')).to.equal(OlderMeter);
    expect((window as unknown as { Leerbudget: unknown }).Leerbudget).to.equal(older);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]))
      .to.include('0.0.1')
      .and.match(/version \d+\.\d+\.\d+ stays idle/);
  });
});
