import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type CatalogueIndex } from '@leerbudget/sdk';
import { largeCatalogueServer } from '@leerbudget/test-kit/servers';
import { emptyIndexedDb } from '@leerbudget/test-kit/storage';
import { collapse } from '../../../test/helpers.js';
import '../../define/course-finder.js';
import type { LbCourseFinder } from './course-finder.component.js';

function countText(element: LbCourseFinder): string {
  return collapse(element.shadowRoot?.querySelector('[part="count"]')?.textContent ?? '');
}

/** Counts the turns the page's code gives the event loop through `scheduler.yield()` until `stop()`. */
function countYields(): { count: () => number; stop: () => void } {
  const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
  const original = scheduler.yield;
  let count = 0;
  scheduler.yield = function (this: unknown) {
    count++;
    return original.call(this);
  };
  return { count: () => count, stop: () => (scheduler.yield = original) };
}

/** The longest main-thread task seen until `stop()`: printed for the record, never asserted (a busy machine). */
function watchLongTasks(): { stop: () => number } {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return {
    stop: () => {
      observer.disconnect();
      return longest;
    },
  };
}

describe('<lb-course-finder> with 100,000 cached courses (issue 20)', () => {
  let apiBase: string;
  let index: CatalogueIndex;
  let word: string;

  before(async function () {
    this.timeout(240_000);
    ({ apiBase } = await largeCatalogueServer());
    await emptyIndexedDb('leerbudget');
    ({ index } = await createClient({ baseUrl: apiBase, timeoutMs: 120_000 }).catalogue.sync());
    word = index
      .search({ limit: 1 })
      .items[0]!.course.title.split(' ')
      .find((part) => part.length > 5)!;
  });

  after(() => emptyIndexedDb('leerbudget'));

  it('typing while the catalogue loads is kept, and gets its results once the index is ready; loading yields in slices', async function () {
    this.timeout(120_000);
    const yields = countYields();
    const longTasks = watchLongTasks();
    const typedWhileLoading: boolean[] = [];
    try {
      const element = await fixture<LbCourseFinder>(html`<lb-course-finder api-base=${apiBase}></lb-course-finder>`);
      const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
      input.addEventListener('input', () => typedWhileLoading.push(countText(element) === ''));
      input.focus();
      await sendKeys({ type: word });

      const expected = index.search({ text: word, limit: 0 }).total;
      const shown =
        expected === 1 ? '1 cursus gevonden' : `${new Intl.NumberFormat('nl-NL').format(expected)} cursussen gevonden`;
      await waitUntil(() => countText(element) === shown, `the finder does not show "${shown}"`, { timeout: 90_000 });
      expect(input.value).to.equal(word);
      expect(typedWhileLoading).to.have.length(word.length);
      expect(typedWhileLoading[0], 'the first key was handled while the catalogue was still loading').to.equal(true);
      // Structural, not timed: reading back 100k courses and their index gave the event loop many turns.
      expect(yields.count()).to.be.greaterThan(5);
      console.log(
        `100k warm load: ${yields.count()} yields, longest main-thread task ${longTasks.stop().toFixed(0)} ms (not asserted)`,
      );
    } finally {
      yields.stop();
      longTasks.stop();
    }
  });
});
