// A plain static file server for the built site (`_site/`): files only, no API. The preview and the tests use it,
// so what they check is what any static host serves.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(root, pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return fileFor(root, join(pathname, 'index.html'));
  return info?.isFile() ? path : undefined;
}

/** Serves `root` on 127.0.0.1 (`port` 0 picks a free one); resolves to `{ url, close }`. */
export async function startStaticServer(root, port = 0) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = await fileFor(base, pathname);
    if (file === undefined) {
      const notFound = await fileFor(base, '/404.html');
      response.writeHead(404, { 'Content-Type': TYPES['.html'] });
      response.end(notFound === undefined ? 'Not found' : await readFile(notFound));
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return { url: `http://127.0.0.1:${actual}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
