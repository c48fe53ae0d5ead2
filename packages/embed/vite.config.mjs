// Builds the embed's chunks: one ES module per widget (its registration module), `core` (what the
// global API calls), and the shared chunks between them (Lit, the SDK core, zod, ky). The loader
// (dist/leerbudget.js, built by scripts/build.mjs from this build's chunk graph) imports them by name.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyCssTemplates } from './build/minify-css-templates.mjs';
import { minifyEsLibrary } from './build/minify-es-library.mjs';
import { shareTrustedTypesPolicy } from './build/trusted-types-policy.mjs';
import { localeChunkName } from './build/locale-chunks.mjs';
import { WIDGETS } from './widgets.mjs';

const SHARED =
  /[/\\]node_modules[/\\](lit|lit-html|lit-element|@lit[/\\](reactive-element|localize)|zod|ky|idb-keyval)[/\\]|[/\\]packages[/\\](sdk|contract|funding|elements)[/\\]dist[/\\]/;
const NOT_SHARED =
  /[/\\]sdk[/\\]dist[/\\](catalogue|resources[/\\](catalogue|public-reads|request-writes|insight-reads|learning-path-reads))|[/\\]funding[/\\]dist[/\\](plan|pot-elig|route|spend|scheme)|[/\\]contract[/\\]dist[/\\](course|catalogue|discovery|request|insights|funding-scheme|learning-path)|[/\\]elements[/\\]dist[/\\](components|define|generated[/\\]\w+[/\\]|events[/\\]request-)[/\\]?|[/\\]elements[/\\]dist[/\\]labels[/\\](funding-reasons|course-outcomes)/;
const PERSONAL_LAZY =
  /[/\\](sdk[/\\]dist[/\\]resources[/\\](learning-path-reads|request-writes)|contract[/\\]dist[/\\]learning-path)\./;
const REQUEST_ACTION = /[/\\]elements[/\\]dist[/\\]components[/\\]request-action[/\\]/;
const REQUEST_COMMON = /[/\\]elements[/\\]dist[/\\](components[/\\]request-shared[/\\]|events[/\\]request-)/;

export default defineConfig({
  plugins: [shareTrustedTypesPolicy('leerbudget'), minifyCssTemplates(), minifyEsLibrary()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: {
        core: 'src/core.ts',
        ...Object.fromEntries(WIDGETS.map(({ tag, module }) => [tag, fileURLToPath(import.meta.resolve(module))])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        // Content-hashed names: a CDN may cache chunks for ever; only leerbudget.js itself must revalidate.
        entryFileNames: 'lb-[name]-[hash].js',
        // Each group's translations are a chunk of their own, left to the bundler's own splitting (imported
        // only when a widget renders in that language; the loader preloads them on such a page) and named
        // `lb-en-meter-…`, `lb-en-locales-…` (the shared copy).
        chunkFileNames: ({ facadeModuleId, name }) =>
          `lb-${(facadeModuleId && localeChunkName(facadeModuleId)) || name}-[hash].js`,
        // Everything every widget needs (Lit, the SDK core, zod, ky, the elements' foundations) in one
        // chunk: fewer requests and one gzip stream. The catalogue engine, the funding planner and the
        // widgets themselves (with the request widgets' copy and events) stay apart, so a page pays only
        // for what it shows.
        // The learning paths' reads share one chunk with the request writes, which parse the same schema
        // (`completeStep`): one request and one gzip stream less than a chunk of their own.
        // The request pieces come in two chunks, not one per module: what the finder and the learning path
        // need before anyone clicks "Aanvragen", and what the dialog and the two request lists share.
        codeSplitting: {
          groups: [
            { name: 'shared', test: (id) => SHARED.test(id) && !NOT_SHARED.test(id) },
            { name: 'request-writes', test: (id) => PERSONAL_LAZY.test(id) },
            { name: 'request-action', test: (id) => REQUEST_ACTION.test(id) },
            { name: 'request-common', test: (id) => REQUEST_COMMON.test(id) },
          ],
        },
      },
    },
  },
});
