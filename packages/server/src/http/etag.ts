/**
 * True when an `If-None-Match` header matches `tag` (a quoted strong ETag without its encoding
 * suffix). Weak comparison, as RFC 9110 asks for `If-None-Match`: `W/` and our `-gzip` suffix are ignored,
 * since the gzip and identity representations of one version carry the same data.
 */
export function ifNoneMatchHits(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => normalise(candidate) === normalise(tag));
}

function normalise(etag: string): string {
  return etag
    .trim()
    .replace(/^W\//, '')
    .replace(/-gzip"$/, '"');
}
