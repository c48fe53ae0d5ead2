// `pnpm start`: installs and builds what is missing (nothing when nothing changed), then serves the
// reference API with demo data (embedded PGlite in .data/, no other set-up) and the example pages that
// embed the widgets. PORT, SITE_PORT, HOST and LB_DATA_DIR change where (see the README).
import { build, ensureDependencies } from './ensure-installed.mjs';
import { apiOriginFor, assertPortsFree, buildIfChanged, listenHost } from './first-run.mjs';
import { startStaticSite } from './static-site.mjs';

const apiPort = Number(process.env.PORT ?? 8787);
const sitePort = Number(process.env.SITE_PORT ?? 8080);
const host = listenHost();

try {
  await assertPortsFree({ PORT: apiPort, SITE_PORT: sitePort }, host);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
await ensureDependencies();
await buildIfChanged(build);

const { startServer, DEMO_ORGANISATION_SIZE } = await import('../packages/server/dist/index.js');
const api = await startServer({
  port: apiPort,
  hostname: host,
  dataDir: process.env.LB_DATA_DIR ?? '.data/pglite',
  seed: 'demo',
  organisation: DEMO_ORGANISATION_SIZE,
});
const apiOrigin = apiOriginFor(host, apiPort);
const siteOrigin = apiOriginFor(host, sitePort);
await startStaticSite({ port: sitePort, host, apiOrigin });

console.log(`
Leerbudget demo is running.
  API:               ${apiOrigin}/v1   (OpenAPI: ${apiOrigin}/openapi.json, demo users: ${apiOrigin}/v1/demo/users)
  Intranet homepage: ${siteOrigin}/intranet-homepage/
  Vendor site:       ${siteOrigin}/vendor-site/
  Widgets in frames: ${siteOrigin}/frame-host/
  Listening on ${host} only${host === '127.0.0.1' ? ' (set HOST=0.0.0.0 to reach it from other machines)' : ''}.
Stop with Ctrl+C.`);

const stop = async () => {
  await api.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
