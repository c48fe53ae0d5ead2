// Lit keeps `css` template literals as written, indentation and all, and no JS minifier touches the
// inside of a template. This plugin shortens the CSS of our own `css` templates at build time.
// It only removes what CSS ignores: comments, runs of whitespace, and spaces next to `{ } ; , >` and
// after `:` (never before `:`, which would turn `.a :hover` into `.a:hover`). Quoted strings
// (`[part='cost']`) are kept as they are; templates with unbalanced quotes in one static part, or with
// anything but plain `${a.b}` interpolations, are left alone.
const CSS_TEMPLATE = /\bcss\s*`([^`\\]*)`/g;
const INTERPOLATION = /(\$\{[^}]*\})/;
const PLAIN_INTERPOLATION = /^\$\{[\w$.]+\}$/;
const QUOTED = /('[^'\n]*'|"[^"\n]*")/;

/** The CSS text of one static part of a template, shortened. */
export function shortenCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** One static part with its quoted strings kept, or `undefined` when a quote is left open. */
function shortenStaticPart(text) {
  const pieces = text.split(QUOTED);
  const outside = pieces.filter((_, index) => index % 2 === 0);
  if (outside.some((piece) => /["']/.test(piece))) return undefined;
  return pieces.map((piece, index) => (index % 2 === 1 ? piece : shortenCss(piece))).join('');
}

/** Shortens the CSS inside every `css` template of `code`; returns `code` unchanged when there is none. */
export function shortenCssTemplates(code) {
  return code.replace(CSS_TEMPLATE, (template, body) => {
    const pieces = body.split(INTERPOLATION);
    const interpolations = pieces.filter((_, index) => index % 2 === 1);
    if (!interpolations.every((piece) => PLAIN_INTERPOLATION.test(piece))) return template;
    const shortened = pieces.map((piece, index) => (index % 2 === 1 ? piece : shortenStaticPart(piece)));
    if (shortened.includes(undefined)) return template;
    return `css\`${shortened.join('').trim()}\``;
  });
}

/** A Vite plugin that applies {@link shortenCssTemplates} to the modules of `@leerbudget/elements`. */
export function minifyCssTemplates() {
  return {
    name: 'leerbudget-minify-css-templates',
    transform(code, id) {
      if (!/[/\\]elements[/\\](dist|src)[/\\]/.test(id) || !/\bcss\s*`/.test(code)) return null;
      const shortened = shortenCssTemplates(code);
      return shortened === code ? null : { code: shortened, map: null };
    },
  };
}
