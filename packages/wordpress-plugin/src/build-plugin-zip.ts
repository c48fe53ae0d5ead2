// Writes dist/leerbudget.zip, the plugin as WordPress installs it (Plugins → Add New → Upload Plugin).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const folder = 'leerbudget';
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const entries = Object.fromEntries(
  files(folder).map((path) => [join(folder, relative(folder, path)), readFileSync(path)]),
);
mkdirSync('dist', { recursive: true });
writeFileSync('dist/leerbudget.zip', zipSync(entries));
console.log(`dist/leerbudget.zip written (${Object.keys(entries).length} files)`);
