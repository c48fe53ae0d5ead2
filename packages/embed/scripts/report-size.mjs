// Prints the embed's size (min and min+gzip) against the byte budget in docs/design.md, and what a
// bundler user pays for the budget meter alone (its first chunk; lazily loaded chunks listed apart).
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
const [meter, ...lazy] = await buildSplit(fileURLToPath(import.meta.resolve('@leerbudget/elements/budget-meter.js')));
const meterGzip = gzipSize(meter.code);
const lazyGzip = lazy.reduce((sum, chunk) => sum + gzipSize(chunk.code), 0);

console.log(`dist/leerbudget.js: ${kB(embed.length)} min, ${kB(embedGzip)} min+gzip (aim ${kB(EMBED_AIM)}, limit ${kB(EMBED_LIMIT)})`);
console.log(
  `<lb-budget-meter> alone (bundler user): ${kB(meterGzip)} min+gzip up front (limit ${kB(METER_LIMIT)}), ` +
    `plus ${kB(lazyGzip)} in ${lazy.length} lazily loaded chunk(s) it never loads`,
);
if (meterGzip > METER_LIMIT) console.log(`WARNING: the meter alone is ${kB(meterGzip - METER_LIMIT)} over its limit.`);
if (embedGzip > EMBED_LIMIT) console.log(`WARNING: OVER BUDGET: the embed is ${kB(embedGzip - EMBED_LIMIT)} over its ${kB(EMBED_LIMIT)} limit.`);
