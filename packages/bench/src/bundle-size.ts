import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const benchDir = fileURLToPath(new URL('..', import.meta.url));

/** Min+gzip bytes of one package entry bundled for the browser (ESM, minified, gzip level 9). */
export async function bundleSize(entry: string, external: string[] = []): Promise<number> {
  const bundle = (contents: string) =>
    build({
      stdin: { contents, resolveDir: benchDir },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      external,
      logLevel: 'silent',
    });
  // An entry without a default export fails the first form.
  const result = await bundle(`export * from '${entry}'; export { default } from '${entry}';`).catch(() =>
    bundle(`export * from '${entry}';`),
  );
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}
