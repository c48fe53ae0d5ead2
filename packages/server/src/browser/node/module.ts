// `node:module` for the browser build: a package path resolves to itself, the key under which node/fs.ts keeps it.

export function createRequire(_from: string | URL) {
  return { resolve: (id: string) => id };
}
