// Prints the embed's size (min and min+gzip) against its byte budget (EMBED_LIMIT, EMBED_AIM and
// METER_LIMIT below), and what a bundler user pays for the budget meter alone: its entry chunk plus every chunk that one imports
// statically (shared chunks load up front too); only chunks behind a dynamic import() are listed apart.
// Over budget prints a loud warning but does not fail the build, so one package's growth cannot stop
// everyone else's `pnpm build`; the numbers are in every build log.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const EMBED_LIMIT = 35 * 1024;
const EMBED_AIM = 25 * 1024;
const METER_LIMIT = 20 * 1024;
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const configFile = fileURLToPath(new URL('../vite.config.mjs', import.meta.url));

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** Builds `entry` in memory with the embed's config but with code splitting, as a bundler user would. */
async function buildSplit(entry) {
  const result = await build({
    configFile,
    root: packageDir,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: { output: { codeSplitting: true } },
    },
  });
  return (Array.isArray(result) ? result[0] : result).output.filter((item) => item.type === 'chunk');
}

const embed = readFileSync(new URL('../dist/leerbudget.js', import.meta.url));
const embedGzip = gzipSize(embed);
/** Splits chunks into those loaded with the entry (static imports, transitively) and the lazy rest. */
function upFrontAndLazy(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const upFront = new Set();
  const visit = (chunk) => {
    if (upFront.has(chunk)) return;
    upFront.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  return { upFront: [...upFront], lazy: chunks.filter((chunk) => !upFront.has(chunk)) };
}

const sumGzip = (chunks) => chunks.reduce((sum, chunk) => sum + gzipSize(chunk.code), 0);
const { upFront, lazy } = upFrontAndLazy(
  await buildSplit(fileURLToPath(import.meta.resolve('@leerbudget/elements/budget-meter.js'))),
);
const meterGzip = sumGzip(upFront);
const lazyGzip = sumGzip(lazy);

console.log(
  `dist/leerbudget.js: ${kB(embed.length)} min, ${kB(embedGzip)} min+gzip (aim ${kB(EMBED_AIM)}, limit ${kB(EMBED_LIMIT)})`,
);
console.log(
  `<lb-budget-meter> alone (bundler user): ${kB(meterGzip)} min+gzip up front in ${upFront.length} chunk(s) (limit ${kB(METER_LIMIT)}), ` +
    `plus ${kB(lazyGzip)} in ${lazy.length} lazily loaded chunk(s) it never loads`,
);
if (meterGzip > METER_LIMIT) console.log(`WARNING: the meter alone is ${kB(meterGzip - METER_LIMIT)} over its limit.`);
if (embedGzip > EMBED_LIMIT)
  console.log(`WARNING: OVER BUDGET: the embed is ${kB(embedGzip - EMBED_LIMIT)} over its ${kB(EMBED_LIMIT)} limit.`);
