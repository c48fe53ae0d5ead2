// Paths of the repository files the site is made from, read at build time.
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const siteRoot = fileURLToPath(new URL('../', import.meta.url));
export const outDir = fileURLToPath(new URL('../_site/', import.meta.url));
