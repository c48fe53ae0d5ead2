// Writes src/base/version.ts from package.json before every build, so `changeset version` bumps the
// VERSION that defineElement compares and `window.Leerbudget.version` reports, with no file to edit by hand.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const target = new URL('../src/base/version.ts', import.meta.url);
writeFileSync(
  target,
  `// Written by scripts/write-version.mjs from package.json at build time; do not edit.\n` +
    `/** The version of \`@leerbudget/elements\`, used by defineElement to tell two copies on one page apart. */\n` +
    `export const VERSION = '${version}';\n`,
);
