#!/usr/bin/env node
import { parseCliArguments, USAGE } from './cli-options.js';
import { formatReport } from './report.js';
import { allPassed, runConformance } from './run.js';

async function main(): Promise<void> {
  let request;
  try {
    request = parseCliArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (request.kind === 'help') {
    console.log(USAGE);
    return;
  }
  const results = await runConformance(request.options);
  process.stdout.write(formatReport(results, request.report));
  process.exitCode = allPassed(results) ? 0 : 1;
}

await main();
