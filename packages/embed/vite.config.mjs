// Builds the embed's chunks: one ES module per widget (its registration module), `core` (what the
// global API calls), and the shared chunks between them (Lit, the SDK core, zod, ky). The loader
// (dist/leerbudget.js, built by scripts/build.mjs from this build's chunk graph) imports them by name.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';
import { minifyEsLibrary } from './scripts/minify-es-library.mjs';
import { shareTrustedTypesPolicy } from './scripts/trusted-types-policy.mjs';
import { WIDGETS } from './widgets.mjs';

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
        chunkFileNames: 'lb-[name]-[hash].js',
      },
    },
  },
});
