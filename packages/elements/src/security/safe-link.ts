import { normalizeBaseUrl } from '@leerbudget/sdk';

// Browsers ignore leading/trailing C0 controls and spaces, and tabs/newlines anywhere, when they parse a
// URL; strip them the same way so " JaVa\tScript:" cannot sneak past the scheme check.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const IGNORED_BY_URL_PARSER = /^[\u0000-\u0020]+|[\u0000-\u0020]+$|[\t\n\r]/g;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const PROTOCOL_RELATIVE = /^[/\\]{2}/;

/**
 * Returns a link target that is safe to put in `href`, or `undefined`. Allowed: absolute `https:` URLs,
 * and relative URLs (`/cursussen`, `cursussen.html`), resolved against `base` (default: the page).
 * Everything else (`javascript:`, `data:`, `http:`, protocol-relative `//evil.example`) is refused.
 */
export function safeLinkHref(value: string | null | undefined, base: string = document.baseURI): string | undefined {
  if (!value) return undefined;
  const cleaned = value.replace(IGNORED_BY_URL_PARSER, '');
  if (cleaned === '' || PROTOCOL_RELATIVE.test(cleaned)) return undefined;
  const isRelative = !HAS_SCHEME.test(cleaned);
  let url: URL;
  try {
    url = new URL(cleaned, base);
  } catch {
    return undefined;
  }
  if (isRelative) return url.href;
  return url.protocol === 'https:' ? url.href : undefined;
}

/**
 * Checks an API base: `https:` anywhere, `http:` only for a machine-local API (development and demos),
 * relative paths resolved against the page. Returns the base as the SDK normalises it (no trailing slash).
 */
export function safeApiBase(value: string | null | undefined, base: string = document.baseURI): string | undefined {
  if (!value) return undefined;
  const cleaned = value.replace(IGNORED_BY_URL_PARSER, '');
  if (cleaned === '' || PROTOCOL_RELATIVE.test(cleaned)) return undefined;
  let url: URL;
  try {
    url = new URL(cleaned, base);
  } catch {
    return undefined;
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return undefined;
  if (url.username || url.password) return undefined;
  return normalizeBaseUrl(url.href);
}
