/** `pnpm bench` (second part): the browser figures, added to `results.json` under `browser`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { measureBrowserFigures } from './browser/warm-start.js';

const file = new URL('../results.json', import.meta.url);
const figures = await measureBrowserFigures();
const results = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
writeFileSync(file, `${JSON.stringify({ ...results, browser: figures }, null, 2)}\n`);
