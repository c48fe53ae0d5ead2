/** What scripts/build.mjs tells the loader about the chunks it built next to it. */
export interface ChunkGraph {
  /** The chunk with `configure` (src/core.ts), loaded with the first widget. */
  core: string;
  /**
   * Per tag: the widget's registration chunk, every file to fetch for it (core, shared chunks, preloads),
   * and per language other than Dutch the translation chunks it imports when it renders in that language.
   */
  widgets: Record<string, { entry: string; files: string[]; locales: Partial<Record<string, string[]>> }>;
  /** `sha256-…` of every chunk the loader preloads, checked by the browser when the chunk loads. */
  integrity: Record<string, string>;
}

declare const __LEERBUDGET_CHUNKS__: ChunkGraph;
declare const __LEERBUDGET_VERSION__: string;

/** Filled in at build time from the chunk build. */
export const CHUNKS: ChunkGraph = __LEERBUDGET_CHUNKS__;
/** The version of `@leerbudget/elements` in this embed, from its package.json at build time. */
export const VERSION: string = __LEERBUDGET_VERSION__;
