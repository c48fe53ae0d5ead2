import type { LeerbudgetConfiguration } from '@leerbudget/elements';

/** The file name the loader is built as; module scripts find their own tag by it. */
const LOADER_FILE = 'leerbudget.js';

/**
 * The `<script>` tag that loaded this loader. A classic script is `document.currentScript`; a module
 * script has none, so its tag is found by the loader's file name (keep the name `leerbudget.js`).
 */
export function findOwnScript(): HTMLScriptElement | undefined {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((tag) =>
    new URL(tag.src).pathname.endsWith(`/${LOADER_FILE}`),
  );
}

/** Reads `data-api-base`, `data-lang`, `data-cache` and `data-credentials` from the loader's script tag. */
export function readScriptDefaults(script: HTMLScriptElement | undefined): LeerbudgetConfiguration {
  if (!script) return {};
  const { apiBase, lang, cache, credentials } = script.dataset;
  return {
    ...(apiBase ? { apiBase } : {}),
    ...(lang ? { lang } : {}),
    ...(cache ? { cache: cache as LeerbudgetConfiguration['cache'] } : {}),
    ...(credentials ? { credentials: credentials as LeerbudgetConfiguration['credentials'] } : {}),
  };
}
