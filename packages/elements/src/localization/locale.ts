import { allLocales, sourceLocale } from '../generated/locale-codes.js';
import { warnOnce } from '../base/warn-once.js';

/** A language the widgets speak: `nl` (the source, plain B1 Dutch) or `en`. */
export type Locale = (typeof allLocales)[number];

/** The language used when neither the widget nor the page says which one. */
export const DEFAULT_LOCALE: Locale = sourceLocale;

/** Maps a BCP 47 tag (`en-GB`, `NL`, `nl-BE`) to a supported locale, or `undefined`. */
export function localeFromTag(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return allLocales.find((locale) => locale === language);
}

/**
 * The language of one widget: its own `lang` attribute, else `configured` (the page-wide default from
 * `data-lang` / `configure({ lang })`), else `employee` (the signed-in employee's `locale`), else the
 * nearest `lang` up the tree (crossing shadow roots, so a widget inside another component follows the
 * page), else Dutch. An unsupported own `lang` gives one console warning and falls through.
 */
export function resolveElementLocale(element: Element, configured?: string, employee?: Locale): Locale {
  const own = element.getAttribute('lang');
  if (own && !localeFromTag(own))
    warnOnce(`lang:${own}`, `lang="${own}" is not supported; use "nl" or "en". Falling back to the page language.`);
  return declaredLocale(element, configured, employee);
}

/**
 * {@link resolveElementLocale} without its warning, for code that looks ahead (the embed loader preloads a
 * widget's translations by it) and leaves the warning to the widget itself.
 */
export function declaredLocale(element: Element, configured?: string, employee?: Locale): Locale {
  return (
    localeFromTag(element.getAttribute('lang')) ??
    localeFromTag(configured) ??
    employee ??
    localeFromTag(nearestLang(parentAcrossShadow(element))) ??
    DEFAULT_LOCALE
  );
}

function nearestLang(start: Element | null): string | null {
  for (let node = start; node; node = parentAcrossShadow(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return null;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
