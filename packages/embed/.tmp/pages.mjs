import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const loader = readFileSync('dist/leerbudget.js', 'utf8');
const graph = JSON.parse(loader.match(/var \w+=(\{core:.*?\}\}\}),/)?.[1] ?? 'null');
