import { invalidParams } from './query.js';

const PREFIX = 'after:';

/** Base64url without padding, through btoa so the same code runs in Node and in the docs site's browser API. */
function toBase64Url(text: string): string {
  const binary = String.fromCharCode(...new TextEncoder().encode(text));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The text of a base64url string; '' when it does not decode. */
function fromBase64Url(encoded: string): string {
  try {
    const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return '';
  }
}

/** The opaque `nextCursor` of a course page: the last id of the page, base64url-encoded. */
export function encodeCourseCursor(lastId: string): string {
  return toBase64Url(`${PREFIX}${lastId}`);
}

/** The id a cursor continues after; a 400 problem naming `cursor` when it is not one of ours. */
export function decodeCourseCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? fromBase64Url(cursor) : '';
  if (!text.startsWith(PREFIX) || text.length === PREFIX.length) {
    throw invalidParams([{ name: 'cursor', reason: 'Not a cursor from nextCursor. Start again without a cursor.' }]);
  }
  return text.slice(PREFIX.length);
}
