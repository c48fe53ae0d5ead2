// Every text from a repository file goes through `esc`: the site builds HTML from strings, so this is its Lit.
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char]);

/** Inline `code` in a description becomes <code>; the rest is escaped text. */
export const prose = (text) =>
  esc(text)
    .split(/`([^`]+)`/)
    .map((part, index) => (index % 2 === 1 ? `<code>${part}</code>` : part))
    .join('')
    .replace(/\n\n+/g, '</p><p>')
    .replace(/\n/g, ' ');
