/** The reference server on PGlite in memory with the demo data, in a process of its own for `load.ts`. */
import { startServer } from '@leerbudget/server';

const server = await startServer({ port: 0, seed: 'demo' });
process.send?.({ url: server.url });
process.once('disconnect', () => void server.close().then(() => process.exit(0)));
