import type { TemplateMap } from '@lit/localize';
import { warnOnce } from '../base/warn-once.js';
import type { Locale } from './locale.js';

/** Imports one group's translations into one language: a module of `src/generated/<group>/`. */
export type TranslationImport = () => Promise<{ templates: TemplateMap }>;

/** One group of messages (shared copy, the meter's, the finder's…) and its translations. */
export interface Translations {
  /** How to import each target language; Dutch, the source, needs none. */
  readonly imports: Partial<Record<Locale, TranslationImport>>;
  /** The languages imported so far (an import that failed leaves an empty map: the Dutch text shows). */
  readonly loaded: Partial<Record<Locale, TemplateMap>>;
  /** The imports in flight. */
  readonly loading: Partial<Record<Locale, Promise<void>>>;
}

// Every group whose code is on the page. A group joins when its module runs, so the list grows as widgets
// load; a page that shows only Dutch never imports a translation.
const groups: Translations[] = [];

/** Adds a group of messages; nothing is imported until a widget renders in one of its languages. */
export function addTranslations(imports: Partial<Record<Locale, TranslationImport>>): Translations {
  const group: Translations = { imports, loaded: {}, loading: {} };
  groups.push(group);
  return group;
}

function load(group: Translations, locale: Locale, from: TranslationImport): Promise<void> {
  return (group.loading[locale] ??= from().then(
    ({ templates }) => {
      group.loaded[locale] = templates;
    },
    (error: unknown) => {
      group.loaded[locale] = {};
      warnOnce(
        `translations:${locale}`,
        `Leerbudget: the "${locale}" texts did not load (${String(error)}), so the widgets show Dutch. ` +
          'Reload the page; if that does not help, check that every file of the embed is hosted.',
      );
    },
  ));
}

/**
 * Resolves once every group on the page has its `locale` texts; `undefined` when they are all there
 * already, so a widget whose texts are loaded renders without waiting a microtask.
 */
export function translationsPending(locale: Locale): Promise<void> | undefined {
  // Runs before every render: the usual answer (all there, or Dutch) allocates nothing.
  if (!groups.some((group) => group.imports[locale] !== undefined && group.loaded[locale] === undefined))
    return undefined;
  const pending = groups.flatMap((group) => {
    const from = group.imports[locale];
    return from && !group.loaded[locale] ? [load(group, locale, from)] : [];
  });
  return pending.length > 0 ? Promise.all(pending).then(() => undefined) : undefined;
}

/**
 * Loads the `locale` texts of every widget on the page. Widgets wait for them by themselves; call this
 * before translating outside a widget (`inLocale('en', () => msg(…))`).
 */
export function loadLocale(locale: Locale): Promise<void> {
  return translationsPending(locale) ?? Promise.resolve();
}
