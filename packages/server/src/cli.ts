#!/usr/bin/env node
import { parseCliArguments, USAGE } from './cli-options.js';
import { demoUsers } from './demo/employees.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  let request;
  try {
    request = parseCliArguments(process.argv.slice(2), process.env, process.cwd());
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (request.kind === 'help') {
    console.log(USAGE);
    return;
  }
  const { options } = request;
  const server = await startServer(options);
  const port = new URL(server.url).port;
  console.log(`Leerbudget API on http://localhost:${port}`);
  if (options.seed === 'demo') {
    console.log(
      `Demo users (GET /v1/demo/users): ${demoUsers.map((user) => `${user.displayName} = Bearer ${user.token}`).join(', ')}`,
    );
  }
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
