// Serves the built embed to the browser tests byte for byte (the dev server's own pipeline rewrites
// JavaScript, which would break the SRI hashes): /embed/<copy>/<file> answers packages/embed/dist/<file>.
// Every <copy> is its own address, so two copies on one page are really two copies. A copy named
// `missing-<text>` answers 404 for the files whose name contains <text>, to test a chunk that fails.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

const dist = new URL('../dist/', import.meta.url);
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

export async function embedFilesMiddleware(context, next) {
  const match = /^\/embed\/([\w-]+)\/([\w.-]+)$/.exec(context.path);
  if (!match) return next();
  const [, copy, file] = match;
  const missing = copy.startsWith('missing-') ? copy.slice('missing-'.length) : undefined;
  const body =
    missing && file.includes(missing) ? null : await readFile(new URL(basename(file), dist)).catch(() => null);
  if (!body) {
    context.status = 404;
    context.body = 'not found';
    return;
  }
  context.type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
  context.set('cache-control', 'no-store');
  context.body = body;
}
