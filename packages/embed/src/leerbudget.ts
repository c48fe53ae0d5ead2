/**
 * The Leerbudget embed: one script tag brings every widget to a page.
 *
 * ```html
 * <script type="module" src="https://cdn.example/leerbudget.js" data-api-base="https://hr.example.nl/leerbudget"></script>
 * <lb-budget-meter finder-href="/leren/cursussen"></lb-budget-meter>
 * ```
 *
 * Importing `@leerbudget/elements` registers the elements; their first render waits for a microtask,
 * so the script-tag defaults and queued `configure` calls are in place before any widget loads data.
 * @module
 */
import '@leerbudget/elements';
import { installGlobalApi } from './global-api.js';
import { readScriptDefaults } from './script-defaults.js';

installGlobalApi(readScriptDefaults(import.meta.url));
