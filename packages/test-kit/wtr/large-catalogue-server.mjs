// A reference server with only synthetic courses, in a process of its own: seeding 100,000 courses keeps
// its event loop busy for seconds, which the test runner's own process must never be.
import { startServer } from '@leerbudget/server';

const courses = Number(process.argv[2]);
const server = await startServer({ port: 0, seed: 'none', courses, corsOrigins: ['*'] });
process.send?.({ url: server.url });
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
