import { expect } from '@open-wc/testing';
import { currentConfiguration, updateConfiguration } from './configuration.js';

describe('updateConfiguration', () => {
  afterEach(() =>
    updateConfiguration({ apiBase: undefined, cache: undefined, lang: undefined, credentials: undefined }),
  );

  it('keeps the current value when a new one is invalid, and clears it for undefined', () => {
    updateConfiguration({
      apiBase: 'https://hr.example.nl/leerbudget',
      cache: 'memory',
      lang: 'en',
      credentials: 'include',
    });
    updateConfiguration({
      apiBase: 'javascript:alert(1)',
      cache: 'everywhere' as never,
      lang: 'xx-nowhere',
      credentials: 'always' as never,
    });
    expect(currentConfiguration()).to.include({
      apiBase: 'https://hr.example.nl/leerbudget',
      cache: 'memory',
      lang: 'en',
      credentials: 'include',
    });
    updateConfiguration({ apiBase: undefined, cache: undefined, lang: undefined, credentials: undefined });
    const { apiBase, cache, lang, credentials } = currentConfiguration();
    expect([apiBase, cache, lang, credentials]).to.deep.equal([undefined, undefined, undefined, undefined]);
  });
});
