// Where the bytes of one chunk go: `node scripts/module-sizes.mjs [chunk] [count]` (default `shared`, 25)
// builds the chunks as scripts/build.mjs does and prints each module's share of the chunk's min+gzip size:
// what the chunk loses without it, so text repeated elsewhere in the chunk counts for little.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const [chunkName = 'shared', count = '25'] = process.argv.slice(2);
const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const result = await build({
  configFile: fileURLToPath(new URL('../vite.config.mjs', import.meta.url)),
  root: fileURLToPath(new URL('..', import.meta.url)),
  logLevel: 'silent',
  build: { write: false },
});
const chunk = (Array.isArray(result) ? result[0] : result).output.find(
  (item) => item.type === 'chunk' && item.name === chunkName,
);
if (!chunk) throw new Error(`the build has no chunk named "${chunkName}"`);

const modules = Object.entries(chunk.modules).map(([id, { code }]) => ({ id, code: code ?? '' }));
const whole = gzipSize(modules.map((module) => module.code).join('\n'));
const shares = modules.map((module) => ({
  id: module.id.replace(/^.*[/\\](node_modules[/\\](\.pnpm[/\\][^/\\]+[/\\]node_modules[/\\])?|packages[/\\])/, ''),
  bytes:
    whole -
    gzipSize(
      modules
        .filter((other) => other !== module)
        .map((other) => other.code)
        .join('\n'),
    ),
}));
const byPackage = new Map();
for (const { id, bytes } of shares) {
  const name = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0];
  byPackage.set(name, (byPackage.get(name) ?? 0) + bytes);
}
const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`.padStart(9);
console.log(`${chunk.fileName}: ${kB(gzipSize(chunk.code))} min+gzip; by package (each module's share):`);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${kB(bytes)}  ${name}`);
console.log(`the ${count} largest modules:`);
for (const { id, bytes } of shares.sort((a, b) => b.bytes - a.bytes).slice(0, Number(count)))
  console.log(`  ${kB(bytes)}  ${id}`);
