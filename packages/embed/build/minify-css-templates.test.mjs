import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortenCss, shortenCssTemplates } from './minify-css-templates.mjs';

test('whitespace, comments and spaces next to punctuation go; meaning stays', () => {
  const css = `
    /* a comment */
    .a > .b,
    .c :hover {
      margin: 0 0 4px;
      font-family: system-ui, sans-serif;
      inline-size: calc(100% - 2px);
    }
    @media (prefers-reduced-motion: reduce) and (min-width: 20em) {
      * { transition: none !important; }
    }`;
  assert.equal(
    shortenCss(css).trim(),
    '.a>.b,.c :hover{margin:0 0 4px;font-family:system-ui,sans-serif;inline-size:calc(100% - 2px)}' +
      '@media (prefers-reduced-motion:reduce) and (min-width:20em){*{transition:none !important}}',
  );
});

test('interpolations keep the spaces around them', () => {
  const code =
    'const s = css `\n  .a {\n    border: 1px solid ${tokens.colorBorder};\n    margin: ${tokens.space1} 0;\n  }\n`;';
  assert.equal(
    shortenCssTemplates(code),
    'const s = css`.a{border:1px solid ${tokens.colorBorder};margin:${tokens.space1} 0}`;',
  );
});

test('quoted strings are kept as written', () => {
  const code = 'css`\n  [part=\'step cost\'] p ,  .x { content: "a ,  b"; }\n`';
  assert.equal(shortenCssTemplates(code), 'css`[part=\'step cost\'] p,.x{content:"a ,  b"}`');
});

test('templates with complex interpolations or open quotes are left alone', () => {
  const complex = 'css`\n  .a { color: ${dark ? a : b}; }\n`';
  const openQuote = "css`\n  .a { content: 'x${tokens.y}'; }\n`";
  assert.equal(shortenCssTemplates(complex), complex);
  assert.equal(shortenCssTemplates(openQuote), openQuote);
});
