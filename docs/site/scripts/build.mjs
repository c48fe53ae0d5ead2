// `pnpm build:site`: the pages (Eleventy), the live API (service worker + PGlite files), the widgets (the embed
// bundle) and the SDK reference (TypeDoc) into _site/, a static folder any host can serve from its root.
// Needs `pnpm build` first (the widgets' dist, custom-elements.json and the server's dist).
import { execFile } from 'node:child_process';
import { cp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Eleventy } from '@11ty/eleventy';
import { buildApi } from './build-api.mjs';
import { guideImages } from '../lib/markdown.mjs';
import { outDir, repoRoot, siteRoot } from '../lib/repo.mjs';

const require = createRequire(import.meta.url);
const started = Date.now();

async function sizeOf(path) {
  const info = await stat(path);
  if (!info.isDirectory()) return { bytes: info.size, files: 1 };
  const entries = await readdir(path);
  const sizes = await Promise.all(entries.map((entry) => sizeOf(join(path, entry))));
  return sizes.reduce((sum, size) => ({ bytes: sum.bytes + size.bytes, files: sum.files + size.files }), {
    bytes: 0,
    files: 0,
  });
}

await rm(outDir, { recursive: true, force: true });
const eleventy = new Eleventy(siteRoot, outDir, { configPath: join(siteRoot, 'eleventy.config.mjs'), quietMode: true });
await eleventy.write();
await buildApi(outDir);
const embedDist = join(dirname(require.resolve('@leerbudget/embed/package.json')), 'dist');
await cp(embedDist, join(outDir, 'embed'), { recursive: true });
// Only the screenshots the guides show, not every PNG of docs/images.
const guidesDir = join(repoRoot, 'docs/guides');
for (const guide of await readdir(guidesDir)) {
  for (const image of guideImages(await readFile(join(guidesDir, guide), 'utf8'))) {
    await cp(join(repoRoot, 'docs/images', image), join(outDir, 'images', image));
  }
}
// The SDK reference is `pnpm build:docs`'s docs/api/, copied; made first when missing (TypeDoc is the slow step).
const typedocOut = join(repoRoot, 'docs/api');
if (!(await stat(typedocOut).catch(() => undefined))) {
  await promisify(execFile)(join(repoRoot, 'node_modules/.bin/typedoc'), [], { cwd: repoRoot });
}
await cp(typedocOut, join(outDir, 'sdk'), { recursive: true });

const { bytes, files } = await sizeOf(outDir);
const pages = (await readdir(outDir, { recursive: true })).filter(
  (name) => name.endsWith('.html') && !name.startsWith('sdk'),
);
console.log(
  `docs site: ${pages.length} pages (+ the SDK reference), ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${outDir} ` +
    `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
