/**
 * The Leerbudget embed loader: one script tag brings every widget to a page, and a page downloads only
 * the code of the widgets it shows.
 *
 * ```html
 * <script src="https://cdn.example/leerbudget/leerbudget.js" data-api-base="https://hr.example.nl/leerbudget"></script>
 * <lb-budget-meter finder-href="/leren/cursussen"></lb-budget-meter>
 * ```
 *
 * It is built as a classic script (no `import`, no `import.meta`), so it works pasted with or without
 * `type="module"`. It installs `window.Leerbudget`, reads the script-tag settings, and loads a widget's
 * chunks (ES modules next to this file) when its tag first appears on the page.
 * @module
 */
import { declaredLocale, warnOnce } from '@leerbudget/elements';
import { CHUNKS, VERSION } from './chunk-graph.js';
import { connectCore, installGlobalApi } from './global-api.js';
import { showLoadFailure } from './load-failure.js';
import { describeLoadFailure } from './load-failure-hint.js';
import { findOwnScript, readScriptDefaults } from './script-defaults.js';
import { watchForTags } from './tag-watcher.js';
import { createWidgetLoader } from './widget-loader.js';

/** Where each widget tag stands: its elements seen while loading, loaded, or the error it failed with. */
type TagState = { loading: Element[] } | { loaded: true } | { failed: unknown };

function start(script: HTMLScriptElement): void {
  const defaults = readScriptDefaults(script);
  if (!installGlobalApi(VERSION, defaults)) return;
  const loader = createWidgetLoader(CHUNKS, script.src, connectCore);
  const tags = Object.keys(CHUNKS.widgets);
  const states = new Map<string, TagState>();

  const settle = (tag: string, outcome: { loaded: true } | { failed: unknown }) => {
    const before = states.get(tag);
    states.set(tag, outcome);
    if ('failed' in outcome) {
      console.error(describeLoadFailure(tag, script.src, outcome.failed));
      for (const element of before && 'loading' in before ? before.loading : [])
        showLoadFailure(element, outcome.failed, defaults.lang);
    } else if (tags.every((each) => 'loaded' in (states.get(each) ?? {}))) {
      stop();
    }
  };

  const stop = watchForTags(tags, (element) => {
    const tag = element.localName;
    const state = states.get(tag);
    const loading = loader.load(tag, declaredLocale(element, defaults.lang));
    if (!state) {
      states.set(tag, { loading: [element] });
      loading.then(
        () => settle(tag, { loaded: true }),
        (error: unknown) => settle(tag, { failed: error }),
      );
    } else if ('loading' in state) state.loading.push(element);
    else if ('failed' in state) showLoadFailure(element, state.failed, defaults.lang);
  });
}

// Lets a page (and the embed's tests) measure a widget's first render from the moment the loader ran.
performance.mark('leerbudget-loader');
const script = findOwnScript();
if (script) start(script);
else
  warnOnce(
    'embed-script',
    'Leerbudget: the script tag of leerbudget.js was not found, so no widget loads. Keep the file name leerbudget.js.',
  );
