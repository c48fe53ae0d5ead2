/**
 * The one console line for the admin when a widget's code did not load. Module chunks are fetched with
 * CORS, so files on another origin than the page need `Access-Control-Allow-Origin`; that is the usual
 * cause when the loader itself (a classic script, fetched without CORS) did load.
 */
export function describeLoadFailure(tag: string, loaderUrl: string, error: unknown): string {
  const folder = new URL('.', loaderUrl).href;
  const crossOrigin = new URL(loaderUrl).origin !== location.origin;
  const cause = crossOrigin
    ? `The files come from another origin than this page: serve every file in ${folder} with the header ` +
      `"Access-Control-Allow-Origin: ${location.origin}" (or "*"), because the browser loads them as modules with CORS.`
    : `Check that every file of the embed is in ${folder}, and that integrity.json and the files are from the same build.`;
  return `Leerbudget: the code of <${tag}> could not be loaded (${String(error)}). ${cause}`;
}
