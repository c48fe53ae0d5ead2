// `pnpm start`: installs and builds what is missing, then serves the reference API with demo data
// (embedded PGlite in .data/, no other set-up) and the example pages that embed the widgets.
import { build, ensureDependencies } from './ensure-installed.mjs';
import { startStaticSite } from './static-site.mjs';

const apiPort = Number(process.env.PORT ?? 8787);
const sitePort = Number(process.env.SITE_PORT ?? 8080);

await ensureDependencies();
await build();

const { startServer } = await import('../packages/server/dist/index.js');
const api = await startServer({
  port: apiPort,
  hostname: '0.0.0.0',
  dataDir: process.env.LB_DATA_DIR ?? '.data/pglite',
  seed: 'demo',
});
const apiOrigin = `http://localhost:${apiPort}`;
await startStaticSite({ port: sitePort, apiOrigin });

console.log(`
Leerbudget demo is running.
  API:               ${apiOrigin}/v1   (OpenAPI: ${apiOrigin}/openapi.json, demo users: ${apiOrigin}/v1/demo/users)
  Intranet homepage: http://localhost:${sitePort}/intranet-homepage/
  Vendor site:       http://localhost:${sitePort}/vendor-site/
Stop with Ctrl+C.`);

const stop = async () => {
  await api.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
