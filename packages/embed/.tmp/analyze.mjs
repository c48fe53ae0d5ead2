import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
const entry = process.argv[2];
const r = await build({
  configFile: fileURLToPath(new URL('./vite.config.mjs', 'file://' + process.cwd() + '/')),
  root: process.cwd(),
  logLevel: 'silent',
  build: {
    write: false,
    minify: false,
    lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
    rolldownOptions: { output: { codeSplitting: true } },
  },
});
const out = (Array.isArray(r) ? r[0] : r).output.filter((c) => c.type === 'chunk');
for (const c of out) {
  console.log(
    'CHUNK',
    c.fileName,
    c.isEntry,
    c.code.length,
    gzipSync(c.code).length,
    'imports',
    c.imports,
    'dyn',
    c.dynamicImports,
  );
  const mods = Object.entries(c.modules)
    .map(([id, m]) => [m.renderedLength, id.replace(/.*node_modules\//, '').replace('/work/wt12/', '')])
    .sort((a, b) => b[0] - a[0]);
  for (const [n, id] of mods.slice(0, 60)) if (n > 300) console.log('   ', n, id);
}
