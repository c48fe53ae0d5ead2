import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../define/budget-meter.js';
import { localeFromTag } from './locale.js';
import { activeMessageLocale, inLocale, msg } from './msg.js';
import { loadLocale } from './translations.js';
import { meterMessages } from '../components/budget-meter/budget-meter.messages.js';

// Runs first: the English is not imported yet on this page.
describe('translations imported on first use', () => {
  it('gives the Dutch text while the English is not imported', () => {
    expect(inLocale('en', () => meterMessages.left('€5'))).to.equal('€5 over');
  });

  it('a widget in English imports its English itself and shows no Dutch before it', async () => {
    const meter = document.createElement('lb-budget-meter');
    meter.setAttribute('lang', 'en');
    document.body.append(meter);
    const texts: string[] = [];
    new MutationObserver(() => texts.push(meter.shadowRoot!.textContent!)).observe(meter.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await (meter as LitElement).updateComplete;
    await new Promise((resolve) => setTimeout(resolve)); // the observer's last records
    expect(texts).to.not.be.empty;
    for (const text of texts) expect(text).to.include('Your learning budget').and.not.include('Je leerbudget');
    // The widget's import serves every msg of the group from now on.
    expect(inLocale('en', () => meterMessages.left('€5'))).to.equal('€5 left');
    meter.remove();
  });
});

describe('per-widget localization', () => {
  before(() => loadLocale('en'));

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
