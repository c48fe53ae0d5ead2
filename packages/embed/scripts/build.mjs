// Builds the embed in two steps:
// 1. the chunks (vite.config.mjs): one ES module per widget, `core`, and the shared chunks between them;
// 2. the loader dist/leerbudget.js, a classic script that carries the chunk graph (which files each
//    widget needs, with their SRI hashes) and the version from package.json.
// Then it copies the queue stub and writes dist/integrity.json with the SRI hash of every file, for
// admins who pin them (`<script integrity>`).
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chunkLocale } from '../build/locale-chunks.mjs';
import { minifyEsLibrary } from '../build/minify-es-library.mjs';
import { WIDGETS } from '../widgets.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dist = new URL('../dist/', import.meta.url);
const sri = (code, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(code).digest('base64')}`;

/** The chunk graph the loader needs, from the chunk build's output. */
export function chunkGraph(chunks) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = (name) => {
    const chunk = chunks.find((candidate) => candidate.isEntry && candidate.name === name);
    if (!chunk) throw new Error(`the chunk build has no entry "${name}"`);
    return chunk;
  };
  const lazy = (name) => {
    const chunk = chunks.find((candidate) => !candidate.isEntry && candidate.name === name);
    if (!chunk) throw new Error(`widgets.mjs preloads "${name}", but the chunk build made no chunk of that name`);
    return chunk;
  };
  const withStaticImports = (chunk, files = new Set()) => {
    if (files.has(chunk.fileName)) return files;
    files.add(chunk.fileName);
    for (const file of chunk.imports) withStaticImports(byFile.get(file), files);
    return files;
  };
  // Per language, the translation chunks that `files` import on first use, with what those import besides.
  const translations = (files) => {
    const byLocale = {};
    for (const file of files)
      for (const imported of byFile.get(file).dynamicImports) {
        const locale = chunkLocale(byFile.get(imported));
        if (locale) withStaticImports(byFile.get(imported), (byLocale[locale] ??= new Set()));
      }
    return Object.fromEntries(
      Object.entries(byLocale).map(([locale, needed]) => [locale, [...needed].filter((file) => !files.has(file))]),
    );
  };
  const core = entry('core');
  const widgets = Object.fromEntries(
    WIDGETS.map(({ tag, preload = [] }) => {
      const files = withStaticImports(core);
      withStaticImports(entry(tag), files);
      for (const name of preload) withStaticImports(lazy(name), files);
      return [tag, { entry: entry(tag).fileName, files: [...files], locales: translations(files) }];
    }),
  );
  // The hashes of the files the loader preloads, and no others (the request dialog, which the finder imports
  // later, is not checked by the loader). sha256: every page downloads the loader and gzip cannot shrink a
  // hash, so that is 16 bytes less per chunk than sha384 (0.5 kB in all), as sound for integrity.
  // integrity.json keeps sha384.
  const preloaded = new Set(
    Object.values(widgets).flatMap(({ files, locales }) => [...files, ...Object.values(locales).flat()]),
  );
  const integrity = Object.fromEntries(
    chunks.filter((chunk) => preloaded.has(chunk.fileName)).map((chunk) => [chunk.fileName, sri(chunk.code, 'sha256')]),
  );
  return { core: core.fileName, widgets, integrity };
}

const chunkBuild = await build({
  configFile: fileURLToPath(new URL('../vite.config.mjs', import.meta.url)),
  root: packageDir,
});
const chunks = (Array.isArray(chunkBuild) ? chunkBuild[0] : chunkBuild).output.filter((item) => item.type === 'chunk');
const graph = chunkGraph(chunks);
const { version } = JSON.parse(readFileSync(new URL('../../elements/package.json', import.meta.url), 'utf8'));

/** A classic script (one file, no imports): the loader and the frame scripts are pasted as plain tags. */
function buildClassicScript(entry, fileName, define = {}) {
  return build({
    configFile: false,
    root: packageDir,
    logLevel: 'warn',
    plugins: [minifyEsLibrary({ module: false })],
    define,
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['iife'], name: 'Leerbudget', fileName: () => fileName },
    },
  });
}

await buildClassicScript('src/leerbudget.ts', 'leerbudget.js', {
  __LEERBUDGET_CHUNKS__: JSON.stringify(graph),
  __LEERBUDGET_VERSION__: JSON.stringify(version),
});
// The frame pages (frame.html, teams.html) and the host page's helper for them (docs/guides/frames.md).
await buildClassicScript('src/frame/frame-page-entry.ts', 'leerbudget-frame-page.js');
await buildClassicScript('src/frame/teams-tab-entry.ts', 'leerbudget-teams-tab.js');
await buildClassicScript('src/frame/lb-frame-entry.ts', 'leerbudget-frame.js');
const framePage = readFileSync(new URL('../src/frame/frame.html', import.meta.url), 'utf8');
writeFileSync(new URL('frame.html', dist), framePage);
// The Teams tab is the same page with the Teams script (SSO) in place of the host handshake.
writeFileSync(new URL('teams.html', dist), framePage.replace('leerbudget-frame-page.js', 'leerbudget-teams-tab.js'));

copyFileSync(new URL('../src/leerbudget-stub.js', import.meta.url), new URL('leerbudget-stub.js', dist));
const files = readdirSync(dist)
  .filter((file) => file.endsWith('.js'))
  .sort();
const manifest = {
  version,
  files: Object.fromEntries(files.map((file) => [file, sri(readFileSync(new URL(file, dist)))])),
  // What a page with each widget loads besides leerbudget.js (the size check and admins read it).
  widgets: Object.fromEntries(Object.entries(graph.widgets).map(([tag, { files: needed }]) => [tag, needed])),
  // What such a page loads on top when the widget speaks another language than Dutch.
  translations: Object.fromEntries(Object.entries(graph.widgets).map(([tag, { locales }]) => [tag, locales])),
};
writeFileSync(new URL('integrity.json', dist), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`dist/: ${files.length} files, integrity.json written`);
