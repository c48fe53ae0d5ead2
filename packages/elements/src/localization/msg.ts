import type { StrResult, TemplateMap } from '@lit/localize';
import { DEFAULT_LOCALE, type Locale } from './locale.js';
import { addTranslations, type TranslationImport } from './translations.js';

/**
 * Options of {@link msg}. The `id` is required so a message keeps its translation when the Dutch text is
 * reworded only slightly, and so look-ups need no hashing at run time.
 */
export interface LbMsgOptions {
  id: string;
  /** A note for translators. */
  desc?: string;
}

/**
 * Same shape as `msg` from `@lit/localize` (the brand lets `lit-localize extract` find our calls), but
 * it reads the locale of the widget being rendered instead of one global locale.
 */
export type LbMsg = ((template: string | StrResult, options: LbMsgOptions) => string) & {
  _LIT_LOCALIZE_MSG_?: never;
};

let activeLocale: Locale = DEFAULT_LOCALE;

/**
 * Runs `render` with `locale` as the language of every {@link msg} call inside it. Lit renders
 * synchronously, so wrapping `render()` scopes the language to one widget: two widgets on one page can
 * speak different languages at once, which the global `configureLocalization` of `@lit/localize`
 * cannot do.
 */
export function inLocale<T>(locale: Locale, render: () => T): T {
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return render();
  } finally {
    activeLocale = previous;
  }
}

/** The locale of the widget being rendered right now (see {@link inLocale}). */
export function activeMessageLocale(): Locale {
  return activeLocale;
}

/**
 * Joins template strings with values, `order[i]` naming the value after `strings[i]` (translations may
 * reorder them). Ours rather than `@lit/localize`'s internal `joinStringsAndValues`, which is not public API.
 */
function joinTemplate(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  let joined = strings[0] ?? '';
  for (let index = 1; index < strings.length; index += 1) {
    joined += String(values[order ? order[index - 1]! : index - 1]) + strings[index];
  }
  return joined;
}

/**
 * A {@link msg} for one group of messages, with how to import each translation (Dutch is the source and
 * needs none): `createMsg({ en: () => import('../generated/meter/en.js') })`. Each widget's copy is a group
 * of its own (`scripts/split-locales.mjs`), so a page downloads only the translations of the widgets it
 * shows, and only when one renders in that language: a widget waits for them before it renders (see
 * `LbElement`). Until a translation is loaded, the Dutch text is returned.
 */
export function createMsg(imports: Partial<Record<Locale, TranslationImport>>): LbMsg {
  const group = addTranslations(imports);
  return (template, options) => translate(group.loaded[activeLocale], template, options);
}

/**
 * Translates a Dutch source message into the active locale. Write messages as
 * `msg(str\`${amount} over\`, { id: 'meter.left' })`; `pnpm localize` extracts them to `xliff/` and
 * builds `src/generated/`.
 */
export const msg: LbMsg = createMsg({ en: () => import('../generated/locales/en.js') });

function translate(templates: TemplateMap | undefined, template: string | StrResult, options: LbMsgOptions): string {
  const localized = templates?.[options.id];
  const source = typeof template === 'string' ? undefined : template;
  if (typeof localized === 'string') return localized;
  if (localized && 'strTag' in localized && source) {
    // Translations keep ${0}, ${1}… as indices into the source values, so translators can reorder them.
    return joinTemplate(localized.strings, source.values, localized.values as number[]);
  }
  if (source) return joinTemplate(source.strings, source.values);
  return template as string;
}
