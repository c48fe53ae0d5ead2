/**
 * A `<script type="application/ld+json">` element for a page's HTML, with `<` written as `\u003c` so no text
 * in the data (a title containing `</script>`) can end the element early.
 */
export function jsonLdScript(jsonLd: unknown): string {
  const json = JSON.stringify(jsonLd)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
