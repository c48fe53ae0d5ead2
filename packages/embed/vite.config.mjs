// Builds dist/leerbudget.js: one minified ES module with Lit, the SDK and every element inside, so an
// admin needs one script tag and the page makes no request except to the API.
import { defineConfig } from 'vite';
import { minifyCssTemplates } from './build/minify-css-templates.mjs';
import { minifyEsLibrary } from './build/minify-es-library.mjs';
import { renameTrustedTypesPolicy } from './build/trusted-types-policy.mjs';

export default defineConfig({
  plugins: [renameTrustedTypesPolicy('leerbudget'), minifyCssTemplates(), minifyEsLibrary()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: 'src/leerbudget.ts',
      formats: ['es'],
      fileName: () => 'leerbudget.js',
    },
    // The SDK loads its catalogue index lazily (good for npm users); the embed stays one file.
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
