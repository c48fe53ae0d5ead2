import { invalidParams } from './query.js';

const PREFIX = 'after:';

/** The opaque `nextCursor` of a course page: the last id of the page, base64url-encoded. */
export function encodeCourseCursor(lastId: string): string {
  return Buffer.from(`${PREFIX}${lastId}`, 'utf8').toString('base64url');
}

/** The id a cursor continues after; a 400 problem naming `cursor` when it is not one of ours. */
export function decodeCourseCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(PREFIX) || text.length === PREFIX.length) {
    throw invalidParams([{ name: 'cursor', reason: 'Not a cursor from nextCursor. Start again without a cursor.' }]);
  }
  return text.slice(PREFIX.length);
}
