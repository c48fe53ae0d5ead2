// Bundles the service worker that runs the reference API in the browser (src/playground/service-worker.js),
// and copies PGlite's wasm and data beside it. The few Node built-ins on the server's request path are mapped to
// the browser versions in packages/server/src/browser/node/ (see its README).
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const siteDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const serverDir = dirname(require.resolve('@leerbudget/server/package.json'));
const shimDir = join(serverDir, 'dist/browser/node');
const NODE_SHIMS = {
  'node:crypto': 'crypto.js',
  'node:zlib': 'zlib.js',
  'node:util': 'util.js',
  'node:fs': 'fs.js',
  'node:module': 'module.js',
};

/** `virtual:api-files`: the migrations and the OpenAPI document, which the server reads from disk in Node. */
async function apiFiles() {
  const migrationsDir = join(serverDir, 'migrations');
  const names = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  const migrations = await Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(join(migrationsDir, name), 'utf8') })),
  );
  const openApiDocument = await readFile(require.resolve('@leerbudget/contract/openapi.json'), 'utf8');
  return `export const migrations = ${JSON.stringify(migrations)};\nexport const openApiDocument = ${JSON.stringify(openApiDocument)};`;
}

const NODE_ONLY = /^(fs|fs\/promises|path|crypto|zlib|stream|stream\/promises|util|url|module)$/;
const nodeOnly = { path: 'node-only', namespace: 'node-only' };

const browserServer = {
  name: 'browser-server',
  setup(plugin) {
    plugin.onResolve({ filter: /^node:/ }, (args) => {
      const file = NODE_SHIMS[args.path];
      return file === undefined ? nodeOnly : { path: join(shimDir, file) };
    });
    // PGlite's Node branches import built-ins that a browser never reaches: an empty module keeps the service
    // worker free of imports (a service worker may not import at run time).
    plugin.onResolve({ filter: NODE_ONLY }, () => nodeOnly);
    plugin.onLoad({ filter: /.*/, namespace: 'node-only' }, () => ({ contents: '', loader: 'js' }));
    plugin.onResolve({ filter: /^virtual:api-files$/ }, () => ({ path: 'api-files', namespace: 'virtual' }));
    plugin.onLoad({ filter: /^api-files$/, namespace: 'virtual' }, async () => ({
      contents: await apiFiles(),
      loader: 'js',
    }));
  },
};

/** Writes `sw.js` and `pglite/*` into `outDir`. */
export async function buildApi(outDir) {
  await build({
    entryPoints: [join(siteDir, 'src/playground/service-worker.js')],
    outfile: join(outDir, 'sw.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    plugins: [browserServer],
    logLevel: 'warning',
  });
  const pgliteDist = dirname(require.resolve('@electric-sql/pglite'));
  await mkdir(join(outDir, 'pglite'), { recursive: true });
  for (const name of ['pglite.wasm', 'initdb.wasm', 'pglite.data']) {
    await copyFile(join(pgliteDist, name), join(outDir, 'pglite', name));
  }
}
