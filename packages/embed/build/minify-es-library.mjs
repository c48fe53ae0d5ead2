// Vite leaves whitespace in ES library builds (so pure annotations survive for the next bundler). The
// embed is the last stop before the browser, so it is minified completely with the same Oxc minifier.
import { minify } from 'vite';

/** A Vite plugin that fully minifies each output chunk; `module: false` for the classic-script loader. */
export function minifyEsLibrary({ module = true } = {}) {
  return {
    name: 'leerbudget-minify-es-library',
    // generateBundle runs after Vite's own (whitespace-keeping) minification of library chunks.
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.fileName, chunk.code, {
          module,
          compress: { target: 'es2022' },
          mangle: { toplevel: true },
          codegen: { removeWhitespace: true },
        });
        if (result.errors?.length) this.error(result.errors.map((error) => error.message).join('\n'));
        chunk.code = result.code;
      }
    },
  };
}
