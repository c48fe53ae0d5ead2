import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
const r = await build({
  configFile: fileURLToPath(new URL('../vite.config.mjs', import.meta.url)),
  root: process.cwd(),
  logLevel: 'silent',
  build: { write: false, minify: false },
  plugins: [],
});
const out = (Array.isArray(r) ? r[0] : r).output.filter((c) => c.type === 'chunk');
for (const c of out) {
  console.log(
    'CHUNK',
    c.fileName,
    c.isEntry,
    c.code.length,
    'imports',
    c.imports.join(' '),
    'dyn',
    c.dynamicImports.join(' '),
  );
  const mods = Object.entries(c.modules)
    .map(([id, m]) => [m.renderedLength, id.replace(/.*node_modules\//, '').replace('/work/wt12/', '')])
    .sort((a, b) => b[0] - a[0]);
  for (const [n, id] of mods.slice(0, 25)) if (n > 600) console.log('   ', n, id);
}
