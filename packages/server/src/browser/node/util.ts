// `node:util` for the browser build: `promisify` of a Node-style callback function, as the catalogue cache uses it.

export function promisify<Arg, Result>(
  fn: (arg: Arg, callback: (error: Error | null, result: Result) => void) => void,
): (arg: Arg) => Promise<Result> {
  return (arg) =>
    new Promise((resolve, reject) => fn(arg, (error, result) => (error === null ? resolve(result) : reject(error))));
}
