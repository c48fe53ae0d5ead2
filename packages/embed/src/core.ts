/**
 * What the loader's global API calls, loaded with the first widget on the page. It shares the
 * configuration module with the widget chunks, so `configure` here is the one every widget reads.
 * @module
 */
export { clear, configure, refresh } from '@leerbudget/elements';
