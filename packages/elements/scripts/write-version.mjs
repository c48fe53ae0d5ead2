// Writes src/generated/version.ts from package.json before every build, so `changeset version` bumps the
// VERSION that defineElement compares and `window.Leerbudget.version` reports, with no file to edit by hand.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const target = new URL('../src/generated/version.ts', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(
  target,
  `// Written by scripts/write-version.mjs from package.json at build time; do not edit.\n` +
    `/** The version of \`@leerbudget/elements\`, used by defineElement to tell two copies on one page apart. */\n` +
    `export const VERSION = ${JSON.stringify(version)};\n`,
);
