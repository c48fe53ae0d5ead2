import type * as Core from './core.js';
import type { ChunkGraph } from './chunk-graph.js';

/** Loads widgets' chunks from the loader's folder; each tag once. */
export interface WidgetLoader {
  /**
   * Fetches everything `tag` needs in parallel, with its translations into `locale` (one call per element,
   * as elements of one tag may speak different languages), then runs the core chunk and the widget's chunk.
   */
  load(tag: string, locale: string): Promise<void>;
}

/**
 * `base` is the loader's own URL, so chunks are found next to it wherever the files are hosted. Every
 * file a widget needs is requested at once as `<link rel="modulepreload">` with its integrity hash (a
 * flat set of requests instead of a chain of imports, and the browser checks each file); then the
 * chunks run in order: core first (the configuration), then the widget. A widget imports its
 * translations itself when it renders in another language than Dutch; preloaded here, they arrive with
 * the widget (no Dutch first, no extra round trip) and with their integrity checked.
 */
export function createWidgetLoader(graph: ChunkGraph, base: string, onCore: (core: typeof Core) => void): WidgetLoader {
  const preloaded = new Set<string>();
  const loads = new Map<string, Promise<void>>();
  const url = (file: string) => new URL(file, base).href;

  function preload(file: string): void {
    if (preloaded.has(file)) return;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url(file);
    const integrity = graph.integrity[file];
    if (integrity) link.integrity = integrity;
    document.head.append(link);
  }

  async function run(tag: string): Promise<void> {
    const widget = graph.widgets[tag];
    if (!widget) return;
    widget.files.forEach(preload);
    onCore((await import(/* @vite-ignore */ url(graph.core))) as typeof Core);
    await import(/* @vite-ignore */ url(widget.entry));
  }

  return {
    load(tag, locale) {
      graph.widgets[tag]?.locales[locale]?.forEach(preload);
      let loading = loads.get(tag);
      if (!loading) loads.set(tag, (loading = run(tag)));
      return loading;
    },
  };
}
