/**
 * The version of `@leerbudget/elements`, used by {@link defineElement} to tell two copies on one page apart.
 * A browser test keeps it equal to `package.json`.
 */
export const VERSION = '0.1.0';
