// The repository's Chromium settings are a plain .mjs module; this is the part the bench uses.
declare module '@leerbudget/test-kit/chromium' {
  export const chromiumPath: string;
  export const chromiumArgs: string[];
}
