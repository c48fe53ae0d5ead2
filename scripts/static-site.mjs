// Serves the example pages (examples/*) and the embed bundle, the way an intranet or vendor site would:
// on their own origin, with a strict Content-Security-Policy, so the demo proves the widgets need nothing more.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCourseMarkup } from './vendor-course-markup.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = join(root, 'examples');
const embedDir = join(root, 'packages/embed/dist');
const vendorPage = join(examplesDir, 'vendor-site', 'index.html');
/** The API address the example pages are written with; served with the one the demo really uses. */
const EXAMPLE_API_ORIGIN = 'http://localhost:8787';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export function contentSecurityPolicy(apiOrigin) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${apiOrigin}`,
    "base-uri 'none'",
    "form-action 'self'",
    // The frame-host example shows the embed's frame page from the other loopback name.
    "frame-src 'self' http://localhost:* http://127.0.0.1:*",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types lit-html leerbudget 'allow-duplicates'",
  ].join('; ');
}

/** The embed's frame pages may be shown by the demo's own pages only, on either loopback name. */
const FRAME_PAGES = new Set(['/frame.html', '/teams.html']);
const FRAME_ANCESTORS = "frame-ancestors 'self' http://localhost:* http://127.0.0.1:*";

async function resolveFile(pathname) {
  // The embed's loader, its chunks, the queue stub and the frame pages, all in the site root.
  if (/^\/(leerbudget[\w-]*|lb-[\w-]+)\.js$/.test(pathname) || FRAME_PAGES.has(pathname))
    return join(embedDir, pathname.slice(1));
  const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(examplesDir, relative);
  if (!file.startsWith(examplesDir)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = join(file, 'index.html');
  return file;
}

/**
 * Every `lb-*.js` chunk has a content hash in its name, so it may be kept for ever, as the embed guide
 * tells a CDN to; everything else (the loader, the pages) is asked again on every visit.
 */
function cacheControl(pathname) {
  return /^\/lb-[\w-]+\.js$/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** An example page as served: with the API address the demo started, so any PORT works. */
export function withApiOrigin(html, apiOrigin) {
  return html.replaceAll(`data-api-base="${EXAMPLE_API_ORIGIN}"`, `data-api-base="${apiOrigin}"`);
}

export function startStaticSite({ port, host = '127.0.0.1', apiOrigin }) {
  const csp = contentSecurityPolicy(apiOrigin);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://site.local');
    if (pathname === '/') {
      response.writeHead(302, { location: '/intranet-homepage/' });
      return response.end();
    }
    const file = await resolveFile(pathname);
    const raw = file && (await readFile(file).catch(() => null));
    const body = raw && file === vendorPage ? await withCourseMarkup(raw.toString('utf8'), apiOrigin) : raw;
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return response.end('Niet gevonden');
    }
    const type = extname(file);
    response.writeHead(200, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      // A frame page carries its own strict policy in a <meta> tag; the header adds what a tag can't.
      'content-security-policy': FRAME_PAGES.has(pathname) ? FRAME_ANCESTORS : csp,
      'x-content-type-options': 'nosniff',
      'cache-control': cacheControl(pathname),
    });
    response.end(type === '.html' ? withApiOrigin(body.toString('utf8'), apiOrigin) : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
