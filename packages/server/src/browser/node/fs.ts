// `node:fs` for the browser build: the one file the server reads at run time (the contract's OpenAPI document,
// see routes/openapi.ts) is handed in by createBrowserApi, as there is no file system to read it from.

const files = new Map<string, string>();

/** Makes `readFileSync(path)` return `text`. */
export function provideFile(path: string, text: string): void {
  files.set(path, text);
}

export function readFileSync(path: string): string {
  const text = files.get(path);
  if (text === undefined) throw new Error(`The browser build has no file ${path}.`);
  return text;
}
