import { safeLinkHref } from './safe-link.js';

const ABSOLUTE_HTTPS = /^https:\/\//i;

/**
 * The link target for a course page from the catalogue, or `undefined`. Stricter than
 * {@link safeLinkHref}: catalogue URLs must be absolute `https:` (a relative URL from an API would
 * point into the host page), so `javascript:`, `data:`, `http:` and `//evil.example` never become links.
 */
export function courseHref(url: string | null | undefined): string | undefined {
  const trimmed = url?.trim();
  if (!trimmed || !ABSOLUTE_HTTPS.test(trimmed)) return undefined;
  return safeLinkHref(trimmed);
}
