import { expect } from '@open-wc/testing';
import { localeFromTag } from './locale.js';
import { activeMessageLocale, inLocale, msg } from './msg.js';
import { meterMessages } from '../components/budget-meter/budget-meter.messages.js';

describe('per-widget localization', () => {
  it('translates inside inLocale, restores the outer locale after, and keeps values in place', () => {
    // The meter's own msg (its English is a module of its own) and the shared one, in one locale scope.
    const left = meterMessages.left;
    expect(left('€ 5')).to.equal('€ 5 over');
    expect(
      inLocale('en', () => [left('€5'), msg('Opnieuw proberen', { id: 'state.retry' }), activeMessageLocale()]),
    ).to.deep.equal(['€5 left', 'Try again', 'en']);
    expect(activeMessageLocale()).to.equal('nl');
    expect(inLocale('en', () => inLocale('nl', () => left('€ 5')))).to.equal('€ 5 over');
  });

  it('maps language tags to supported locales', () => {
    expect(localeFromTag('en-GB')).to.equal('en');
    expect(localeFromTag('NL-be')).to.equal('nl');
    expect(localeFromTag('de')).to.equal(undefined);
    expect(localeFromTag(null)).to.equal(undefined);
  });
});
