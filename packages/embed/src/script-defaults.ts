import type { LeerbudgetConfiguration } from '@leerbudget/elements';

/**
 * Reads `data-api-base`, `data-lang` and `data-cache` from the script tag that loaded this bundle
 * (module scripts have no `document.currentScript`, so the tag is found by its URL).
 */
export function readScriptDefaults(bundleUrl: string): LeerbudgetConfiguration {
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((tag) => tag.src === bundleUrl);
  if (!script) return {};
  const { apiBase, lang, cache } = script.dataset;
  return {
    ...(apiBase ? { apiBase } : {}),
    ...(lang ? { lang } : {}),
    ...(cache ? { cache: cache as LeerbudgetConfiguration['cache'] } : {}),
  };
}
