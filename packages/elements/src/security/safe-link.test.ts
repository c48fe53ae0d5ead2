import { expect } from '@open-wc/testing';
import { safeApiBase, safeLinkHref } from './safe-link.js';

const BASE = 'https://intranet.example.nl/home/index.html';

describe('safeLinkHref', () => {
  it('keeps https: and relative links, resolved against the page', () => {
    expect(safeLinkHref('https://leren.example.nl/x', BASE)).to.equal('https://leren.example.nl/x');
    expect(safeLinkHref('cursussen.html', BASE)).to.equal('https://intranet.example.nl/home/cursussen.html');
    expect(safeLinkHref('/leren', BASE)).to.equal('https://intranet.example.nl/leren');
  });

  it('refuses javascript:, data:, http:, protocol-relative and disguised schemes', () => {
    for (const hostile of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:x',
      'data:text/html,x',
      'http://plain.example',
      '//evil.example',
      '\\\\evil.example',
      'vbscript:x',
      '',
    ]) {
      expect(safeLinkHref(hostile, BASE), JSON.stringify(hostile)).to.equal(undefined);
    }
  });
});

describe('safeApiBase', () => {
  it('accepts https: anywhere and http: only on this machine, without a trailing slash', () => {
    expect(safeApiBase('https://hr.example.nl/leerbudget/', BASE)).to.equal('https://hr.example.nl/leerbudget');
    expect(safeApiBase('http://localhost:8787', BASE)).to.equal('http://localhost:8787');
    expect(safeApiBase('/api', BASE)).to.equal('https://intranet.example.nl/api');
  });

  it('refuses other schemes, plain http: elsewhere and credentials in the URL', () => {
    for (const hostile of [
      'javascript:alert(1)',
      'http://hr.example.nl',
      'https://user:pw@hr.example.nl',
      '//evil.example',
      'ftp://x',
    ]) {
      expect(safeApiBase(hostile, BASE), hostile).to.equal(undefined);
    }
  });
});
