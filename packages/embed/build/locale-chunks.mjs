// The elements' translation modules (src/generated/<group>/<locale>.ts) become one chunk each, named
// `<locale>-<group>`, which the chunk graph (scripts/build.mjs) gives the loader per widget and language.
const TRANSLATION = /[/\\]elements[/\\]dist[/\\]generated[/\\](\w+)[/\\]([a-z]{2})\.js$/;

/** The chunk name of a translation module, `null` for any other module (a codeSplitting group name). */
export function localeChunkName(moduleId) {
  const match = TRANSLATION.exec(moduleId);
  return match ? `${match[2]}-${match[1]}` : null;
}

/** The language of a chunk of translations, `undefined` for any other chunk. */
export function chunkLocale(chunk) {
  const locales = new Set(chunk.moduleIds.map((id) => TRANSLATION.exec(id)?.[2]));
  return locales.size === 1 ? [...locales][0] : undefined;
}
