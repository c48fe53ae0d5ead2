import type { TokenProvider, ValidationIssue } from '@leerbudget/sdk';
import { localeFromTag, type Locale } from '../localization/locale.js';
import { safeApiBase, safeLinkHref } from '../security/safe-link.js';
import { warnOnce } from '../base/warn-once.js';

/** Where widgets keep data between visits. `none` keeps personal data in memory only (kiosks, shared PCs). */
export type CacheMode = 'indexeddb' | 'memory' | 'none';

/** The cache modes an admin may write in a `cache` attribute or `data-cache`. */
export const CACHE_MODES: readonly CacheMode[] = ['indexeddb', 'memory', 'none'];

/** Page-wide defaults of every Leerbudget widget; a widget's own attributes win. */
export interface LeerbudgetConfiguration {
  /** The API base, e.g. `https://hr.example.nl/leerbudget`. */
  apiBase?: string;
  /** Supplies the employee's bearer token (kept in memory only, never stored). */
  getToken?: TokenProvider;
  /**
   * The signed-in employee's id (what `GET /v1/me` answers as `id`), when the host knows it. Widgets then
   * show that employee's last known data at once, before any request and while the API cannot be
   * reached. Without it they wait for `GET /v1/me`. See `docs/decisions.md`.
   */
  userId?: string;
  /** Default `indexeddb`. */
  cache?: CacheMode;
  /**
   * `include` for intranets that sign employees in with cookies instead of tokens: the cookies go to the
   * API (which must answer with `Access-Control-Allow-Credentials: true`), and no `getToken` is needed.
   */
  credentials?: 'include';
  /**
   * The widgets' language when a widget has no `lang` attribute of its own (`data-lang` on the script
   * tag). Without it, widgets follow the nearest `lang` up the page, else Dutch.
   */
  lang?: string;
  /**
   * Where "Inloggen" leads when the API answers 401 (`https:` or relative, e.g. `/login`). Without it the
   * button fires `lb-sign-in` for the host to start its own sign-in.
   */
  signInUrl?: string;
  /**
   * Called once per record from the API that does not match the contract and is left out (the widgets show
   * the rest): the page's way to hear what each widget also dispatches as `lb-issue`, e.g. to log it.
   */
  onIssue?: (issue: ValidationIssue) => void;
}

/** What changed in a {@link configure} call. */
export interface ConfigurationChange {
  /** A new token provider: the employee may be someone else, so widgets drop what they show at once. */
  identityChanged: boolean;
  /** `apiBase` or `cache` changed: widgets without their own attribute move to another client. */
  clientChanged: boolean;
  /** `lang` changed: widgets render again. */
  languageChanged: boolean;
}

let configuration: Readonly<LeerbudgetConfiguration> = {};
const listeners = new Set<(change: ConfigurationChange) => void>();

/** The current page-wide configuration. */
export function currentConfiguration(): Readonly<LeerbudgetConfiguration> {
  return configuration;
}

/**
 * Copies option `key` into `next` through its check: a valid value, or `undefined`, replaces the current one;
 * an invalid one (the check warns) keeps it, so one typo does not undo a working set-up.
 */
function takeChecked<K extends 'apiBase' | 'cache' | 'lang' | 'credentials'>(
  next: LeerbudgetConfiguration,
  options: LeerbudgetConfiguration,
  key: K,
  check: (value: LeerbudgetConfiguration[K], source: string) => LeerbudgetConfiguration[K],
): void {
  if (!(key in options)) return;
  const value = check(options[key], `configure({ ${key} })`);
  if (value !== undefined || options[key] === undefined) next[key] = value;
}

/**
 * Merges `options` into the page-wide configuration and tells every subscriber synchronously, so a
 * widget can clear one employee's numbers before anything else happens. Invalid values give one
 * warning and are ignored. Returns the change for the caller that also owns clients.
 */
export function updateConfiguration(options: LeerbudgetConfiguration): ConfigurationChange {
  const next: LeerbudgetConfiguration = { ...configuration };
  takeChecked(next, options, 'apiBase', checkedApiBase);
  takeChecked(next, options, 'cache', checkedCacheMode);
  takeChecked(next, options, 'lang', checkedLocale);
  takeChecked(next, options, 'credentials', checkedCredentials);
  if ('signInUrl' in options) next.signInUrl = checkedSignInUrl(options.signInUrl);
  if ('getToken' in options) next.getToken = options.getToken;
  if ('userId' in options) next.userId = checkedUserId(options.userId);
  if ('onIssue' in options) next.onIssue = checkedOnIssue(options.onIssue);
  const change: ConfigurationChange = {
    identityChanged: next.getToken !== configuration.getToken || next.userId !== configuration.userId,
    clientChanged:
      next.apiBase !== configuration.apiBase ||
      next.cache !== configuration.cache ||
      next.credentials !== configuration.credentials,
    languageChanged: next.lang !== configuration.lang,
  };
  configuration = next;
  if (change.identityChanged || change.clientChanged || change.languageChanged) {
    for (const listener of [...listeners]) listener(change);
  }
  return change;
}

/** Subscribes to configuration changes; returns the unsubscribe function. */
export function onConfigurationChange(listener: (change: ConfigurationChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** An API base that passes {@link safeApiBase}, or `undefined` with one warning naming `source`. */
export function checkedApiBase(value: string | null | undefined, source: string): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const apiBase = safeApiBase(value);
  if (!apiBase)
    warnOnce(
      `api-base:${value}`,
      `${source}: "${value}" is not an https: URL (http: only for localhost); it is ignored.`,
    );
  return apiBase;
}

/** An `https:` or relative sign-in URL, or `undefined` with one warning. */
function checkedSignInUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const href = safeLinkHref(value);
  if (!href)
    warnOnce(
      `sign-in-url:${value}`,
      `configure({ signInUrl }): "${value}" is not an https: or relative URL; it is ignored.`,
    );
  return href;
}

/** A non-empty string id, or `undefined` with one warning. */
function checkedUserId(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  warnOnce(
    `user-id:${String(value)}`,
    'configure({ userId }) must be the id GET /v1/me answers, as a string; it is ignored.',
  );
  return undefined;
}

/** A function, or `undefined` with one warning. */
function checkedOnIssue(value: unknown): LeerbudgetConfiguration['onIssue'] {
  if (value === undefined || typeof value === 'function') return value as LeerbudgetConfiguration['onIssue'];
  warnOnce('on-issue', 'configure({ onIssue }) must be a function; it is ignored.');
  return undefined;
}

/** A known cache mode, or `undefined` with one warning naming `source`. */
export function checkedCacheMode(value: string | null | undefined, source: string): CacheMode | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const mode = CACHE_MODES.find((candidate) => candidate === value);
  if (!mode)
    warnOnce(`cache:${value}`, `${source}: "${value}" is not one of ${CACHE_MODES.join(', ')}; using the default.`);
  return mode;
}

/** `include`, or `undefined` with one warning naming `source`. */
function checkedCredentials(value: unknown, source: string): 'include' | undefined {
  if (value === undefined || value === 'include') return value;
  warnOnce(
    `credentials:${String(value)}`,
    `${source}: "${String(value)}" is not supported; use "include" or leave it out.`,
  );
  return undefined;
}

/** A supported locale for a language tag, or `undefined` with one warning naming `source`. */
function checkedLocale(value: string | undefined, source: string): Locale | undefined {
  if (!value) return undefined;
  const locale = localeFromTag(value);
  if (!locale) warnOnce(`lang:${value}`, `${source}: "${value}" is not supported; use "nl" or "en".`);
  return locale;
}
