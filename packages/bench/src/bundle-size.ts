import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const benchDir = fileURLToPath(new URL('..', import.meta.url));

/** Min+gzip bytes of one module bundled for the browser (ESM, minified, gzip level 9). */
export async function bundleSize(entry: string, external: string[] = []): Promise<number> {
  const isFile = entry.startsWith('.');
  const result = await build({
    ...(isFile
      ? { entryPoints: [entry], absWorkingDir: benchDir }
      : { stdin: { contents: `export * from '${entry}'; export { default } from '${entry}';`, resolveDir: benchDir } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external,
    logLevel: 'silent',
  }).catch(() =>
    build({
      stdin: { contents: `export * from '${entry}';`, resolveDir: benchDir },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      external,
      logLevel: 'silent',
    }),
  );
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}
