import { expect } from '@open-wc/testing';
import { programFaults } from '@leerbudget/test-kit/servers';
import { openStrictPage, pageRecord, until } from '../test/test-pages.js';

/** The embed's files the page requested, by name (`lb-en-meter-…js`). */
function requestedFiles(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/embed/'))
    .map((path) => path.slice(path.lastIndexOf('/') + 1));
}

/** What test/fixtures/record-texts.js saw in the meter's shadow root, after every change. */
function meterTexts(frame: HTMLIFrameElement): string[] {
  const texts = (frame.contentWindow as unknown as { __lbTexts: { tag: string; text: string }[] }).__lbTexts;
  return texts.filter(({ tag }) => tag === 'lb-budget-meter').map(({ text }) => text);
}

const TRANSLATION_CHUNK = /^lb-en-/;
const recorder = '<script src="/packages/embed/test/fixtures/record-texts.js"></script>';
const body = '<lb-budget-meter variant="full"></lb-budget-meter>';

describe('the embed and the English texts', () => {
  it('a Dutch page never requests an English chunk', async () => {
    const base = await programFaults('embed-dutch', []);
    const frame = await openStrictPage({ apiBase: base, token: 'demo-sanne', body, copy: 'dutch', head: recorder });
    await until(() => meterTexts(frame).some((text) => text.includes('Opleidingsbudget')));
    expect(meterTexts(frame).at(-1)).to.include('Je leerbudget');
    expect(requestedFiles(frame).filter((file) => TRANSLATION_CHUNK.test(file))).to.deep.equal([]);
    expect(pageRecord(frame).violations).to.deep.equal([]);
    frame.remove();
  });

  // James reads English (`locale` from GET /v1/me), so the page's language stands; data-lang wins over Sanne's Dutch.
  for (const { how, page, token, pot } of [
    { how: '<html lang="en">', page: { lang: 'en' }, token: 'demo-james', pot: 'Personal learning budget' },
    { how: 'data-lang="en"', page: { dataLang: 'en' }, token: 'demo-sanne', pot: 'Opleidingsbudget' },
  ]) {
    it(`an English page (${how}) preloads the English with its integrity and never shows Dutch first`, async () => {
      const copy = `english-${token}`;
      const base = await programFaults(copy, []);
      const frame = await openStrictPage({ apiBase: base, token, body, copy, head: recorder, ...page });
      await until(() => meterTexts(frame).some((text) => text.includes(pot)));
      const texts = meterTexts(frame);
      expect(texts.at(-1)).to.include('Your learning budget');
      // The loading state and every render after it, in English only: no Dutch frame before the English.
      expect(texts.filter((text) => /Even geduld|Je leerbudget|Geld om te leren/.test(text))).to.deep.equal([]);
      expect(texts.length).to.be.greaterThan(0);

      const translations = requestedFiles(frame).filter((file) => TRANSLATION_CHUNK.test(file));
      expect(translations.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).sort()).to.deep.equal([
        'lb-en-locales',
        'lb-en-meter',
      ]);
      const preloads = [...frame.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
      for (const file of translations) {
        const link = preloads.find((each) => each.href.endsWith(`/${file}`));
        expect(link?.integrity, file).to.match(/^sha256-/);
      }
      expect(pageRecord(frame).violations).to.deep.equal([]);
      expect(pageRecord(frame).errors).to.deep.equal([]);
      frame.remove();
    });
  }
});
