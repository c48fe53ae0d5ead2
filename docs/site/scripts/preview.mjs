// `pnpm preview:site`: serves the built _site/ on http://127.0.0.1:8080 (or PORT), files only.
import { outDir } from '../lib/repo.mjs';
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer(outDir, Number(process.env.PORT ?? 8080));
console.log(`docs site on ${server.url}/nl/ (Ctrl+C stops)`);
