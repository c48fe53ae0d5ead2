// Written by scripts/write-version.mjs from package.json at build time; do not edit.
/** The version of `@leerbudget/elements`, used by defineElement to tell two copies on one page apart. */
export const VERSION = '0.1.0';
