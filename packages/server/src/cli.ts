#!/usr/bin/env node
import { parseCliArguments, USAGE, type ImportRequest } from './cli-options.js';
import { demoUsers } from './demo/employees.js';
import { formatImportSummary, importCatalogue } from './import/catalogue-import.js';
import { openStore, startServer } from './server.js';

async function runImport(request: ImportRequest): Promise<void> {
  const store = await openStore(request.database);
  try {
    const summary = await importCatalogue(store, {
      format: request.format,
      from: request.from,
      ...(request.source === undefined ? {} : { source: request.source }),
      ...(request.language === undefined ? {} : { language: request.language }),
      onProgress: ({ pages, records }) =>
        process.stderr.write(`\rimporting ${request.format}: page ${pages}, ${records} records`),
    });
    process.stderr.write('\n');
    console.log(formatImportSummary(summary));
  } finally {
    await store.close();
  }
}

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
  if (request.kind === 'import') {
    await runImport(request.options);
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
