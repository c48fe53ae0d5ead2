import type { LeerbudgetClient } from '@leerbudget/sdk';
import { localeFromTag, type Locale } from '../localization/locale.js';
import { onConfigurationChange } from './configuration.js';

/**
 * The signed-in employee's language (`locale` of `GET /v1/me`), per client. Widgets use it when
 * neither their own `lang` nor `configure({ lang })` names one, before the page's `lang`: James reads
 * English on a Dutch intranet page. The SDK asks `GET /v1/me` once per page for all resources, so
 * asking here costs no request of its own.
 */
const learned = new Map<string, Locale>();
const asked = new Set<string>();
const listeners = new Set<() => void>();
let watchingIdentity = false;

function forgetOnUserSwitch(): void {
  if (watchingIdentity) return;
  watchingIdentity = true;
  onConfigurationChange((change) => {
    if (!change.identityChanged) return;
    learned.clear();
    for (const listener of listeners) listener();
  });
}

/** The employee's language for widgets of the client with this key (`clientKey`), once `GET /v1/me` has answered. */
export function signedInLocale(key: string): Locale | undefined {
  return learned.get(key);
}

/** Asks `client` (with key `key`) who is signed in, once per employee, and tells listeners the language. */
export function learnSignedInLocale(client: LeerbudgetClient, key: string): void {
  forgetOnUserSwitch();
  if (learned.has(key) || asked.has(key)) return;
  asked.add(key);
  client.me().then(
    (me) => {
      asked.delete(key);
      const locale = localeFromTag(me.locale);
      if (!locale) return;
      learned.set(key, locale);
      for (const listener of listeners) listener();
    },
    () => asked.delete(key), // nobody signed in, or the API is down: the page's language stays
  );
}

/** Calls `listener` whenever a learned language appears or is forgotten. */
export function onSignedInLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
