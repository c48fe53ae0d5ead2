// The docs site's live API: the reference server (Hono, PGlite, the demo seed) inside this service worker, so
// every demo on the site makes real HTTP calls without a server. See docs/decisions.md ("Docs site").
import { createBrowserApi } from '@leerbudget/server/browser';
import { migrations, openApiDocument } from 'virtual:api-files';

const scope = new URL(self.registration.scope);
/** The live API. Widgets on the site use `<scope>api` as their API base. */
const API_PATH = `${scope.pathname}api`;
/** Bases that show a widget's other states: an API that is down, and one that never answers. */
const DOWN_PATH = `${scope.pathname}api-down`;
const SLOW_PATH = `${scope.pathname}api-slow`;

let api;
/** The page's fault switch: the live API answers 503 while it is on, so widgets show their stale state. */
let down = false;

async function startApi() {
  const asset = (name) => fetch(new URL(`pglite/${name}`, scope));
  const [pgliteWasmModule, initdbWasmModule, fsBundle] = await Promise.all([
    WebAssembly.compileStreaming(asset('pglite.wasm')),
    WebAssembly.compileStreaming(asset('initdb.wasm')),
    asset('pglite.data').then((response) => response.blob()),
  ]);
  return createBrowserApi({
    migrations,
    openApiDocument,
    basePath: API_PATH,
    pglite: { pgliteWasmModule, initdbWasmModule, fsBundle },
  });
}

function liveApi() {
  api ??= startApi().catch((error) => {
    api = undefined;
    throw error;
  });
  return api;
}

const downResponse = () =>
  Response.json(
    {
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'The docs site shows an API that is down.',
    },
    { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' } },
  );

const within = (path, base) => path === base || path.startsWith(`${base}/`);

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== scope.origin) return;
  if (within(url.pathname, API_PATH)) {
    event.respondWith(down ? downResponse() : liveApi().then((live) => live.fetch(event.request)));
  } else if (within(url.pathname, DOWN_PATH)) event.respondWith(downResponse());
  // Never answered while the page is open: the loading state stays on screen.
  else if (within(url.pathname, SLOW_PATH)) event.respondWith(new Promise(() => {}));
});

// The page's fault switch and reset button; the reply says when the change is there. Any message, also the page's
// keep-alive, restarts the browser's idle timer of this worker.
self.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (event.data?.type === 'fault') {
    down = event.data.down === true;
    port?.postMessage({ ok: true });
    return;
  }
  if (event.data?.type !== 'reset') return;
  event.waitUntil(
    liveApi()
      .then((live) => live.reset())
      .then(
        () => port?.postMessage({ ok: true }),
        (error) => port?.postMessage({ ok: false, message: String(error) }),
      ),
  );
});
