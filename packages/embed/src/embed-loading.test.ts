import { expect } from '@open-wc/testing';
import { programFaults } from '@leerbudget/test-kit/servers';
import { openStrictPage, pageRecord, until, type LoaderTag } from '../test/test-pages.js';

function text(element: Element | null | undefined): string {
  return (element?.shadowRoot?.textContent ?? element?.textContent ?? '').replace(/\s+/g, ' ');
}

function meterText(frame: HTMLIFrameElement): string {
  return text(frame.contentDocument?.querySelector('lb-budget-meter'));
}

/** The embed's files the page requested, by name (`lb-lb-budget-meter-…js`). */
function requestedFiles(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/embed/'))
    .map((path) => path.slice(path.lastIndexOf('/') + 1));
}

const FINDER_ONLY_CHUNKS = [
  /^lb-lb-course-finder-/,
  /^lb-catalogue-index-/,
  /^lb-catalogue-sync-/,
  /^lb-plan-funding-/,
];
const body = '<lb-budget-meter variant="full"></lb-budget-meter>';

describe('the embed loader', () => {
  it('a page with only the meter requests no finder, engine or planner chunk; a finder added later loads and works', async () => {
    const base = await programFaults('embed-meter-only', []);
    const frame = await openStrictPage({ apiBase: base, token: 'demo-sanne', body, copy: 'meter-only' });
    await until(() => meterText(frame).includes('Opleidingsbudget'));
    const files = requestedFiles(frame);
    expect(files).to.include('leerbudget.js');
    expect(files.some((file) => file.startsWith('lb-lb-budget-meter-'))).to.equal(true);
    for (const chunk of FINDER_ONLY_CHUNKS)
      expect(
        files.filter((file) => chunk.test(file)),
        String(chunk),
      ).to.deep.equal([]);

    const finder = frame.contentDocument!.createElement('lb-course-finder');
    frame.contentDocument!.body.append(finder);
    await until(() => /\d+ cursussen gevonden/.test(text(finder)));
    expect(requestedFiles(frame).some((file) => /^lb-catalogue-index-/.test(file))).to.equal(true);
    expect(pageRecord(frame).violations).to.deep.equal([]);
    expect(pageRecord(frame).errors).to.deep.equal([]);
    frame.remove();
  });

  for (const tag of ['module', 'classic', 'pinned'] satisfies LoaderTag[]) {
    it(`pasted as a ${tag} script: renders under the strict CSP with Trusted Types, zero violations`, async () => {
      const base = await programFaults(`embed-${tag}`, []);
      const frame = await openStrictPage({ apiBase: base, token: 'demo-sanne', body, copy: `tag-${tag}`, tag });
      await until(() => meterText(frame).includes('Opleidingsbudget'));
      expect(pageRecord(frame).violations).to.deep.equal([]);
      expect(pageRecord(frame).errors).to.deep.equal([]);
      frame.remove();
    });
  }

  it('two copies from two addresses, and a second copy of the code run too: no exception, no violation, without allow-duplicates', async () => {
    const base = await programFaults('embed-two-copies', []);
    const frame = await openStrictPage({
      apiBase: base,
      token: 'demo-sanne',
      body,
      copy: 'copy-a',
      copies: ['copy-a', 'copy-b'],
      // Runs every chunk of copy b as well, so its Lit asks for the Trusted Types policy a second time.
      head: '<script type="module" src="/packages/embed/test/fixtures/run-all-chunks.js" data-copy="copy-b"></script>',
    });
    await until(() => meterText(frame).includes('Opleidingsbudget'));
    await until(() => (frame.contentWindow as unknown as { __lbAllChunksRan?: boolean }).__lbAllChunksRan === true);
    expect(
      frame.contentDocument!.querySelectorAll('lb-budget-meter')[0]!.shadowRoot!.querySelectorAll('[part="base"]'),
    ).to.have.length(1);
    expect(pageRecord(frame).violations).to.deep.equal([]);
    expect(pageRecord(frame).errors).to.deep.equal([]);
    frame.remove();
  });

  it('finds widgets inside the open shadow root of a host component', async () => {
    const base = await programFaults('embed-shadow', []);
    const frame = await openStrictPage({
      apiBase: base,
      token: 'demo-sanne',
      body: '<intranet-card></intranet-card>',
      copy: 'shadow',
      head: '<script type="module" src="/packages/embed/test/fixtures/intranet-card.js"></script>',
    });
    const card = () => frame.contentDocument!.querySelector('intranet-card')!;
    await until(() => text(card().shadowRoot?.querySelector('lb-budget-meter')).includes('Opleidingsbudget'));
    expect(pageRecord(frame).violations).to.deep.equal([]);
    frame.remove();
  });

  it("a chunk that fails to load shows that widget's error state; the other widgets still work", async () => {
    const base = await programFaults('embed-missing-chunk', []);
    const errors: string[] = [];
    const frame = await openStrictPage({
      apiBase: base,
      token: 'demo-sanne',
      body: '<lb-course-finder lang="nl"></lb-course-finder><lb-budget-meter variant="full"></lb-budget-meter>',
      copy: 'missing-lb-course-finder',
    });
    (frame.contentWindow as unknown as { console: Console }).console.error = (line: unknown) =>
      errors.push(String(line));
    await until(() => meterText(frame).includes('Opleidingsbudget'));
    const finder = frame.contentDocument!.querySelector('lb-course-finder')!;
    await until(() => finder.querySelector('[role="alert"]') !== null);
    expect(text(finder)).to.include('kon niet laden').and.include('Laad de pagina opnieuw');
    await until(() => errors.length > 0);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<lb-course-finder>').and.include('/embed/missing-lb-course-finder/');
    frame.remove();
  });
});
