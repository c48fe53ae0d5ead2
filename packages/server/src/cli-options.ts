import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { IMPORT_FORMATS, type ImportFormat } from './import/catalogue-import.js';
import { DEMO_ORGANISATION_SIZE } from './demo/organisation.js';
import type { ServerOptions } from './server.js';

/** Usage text of the `leerbudget-server` command. */
export const USAGE = `Usage: leerbudget-server [options]

  --port <n>            Port to listen on (env PORT, default 8787)
  --host <name>         Host name to listen on (default 127.0.0.1)
  --data-dir <dir>      PGlite data folder (default .data/pglite); ignored when DATABASE_URL is set
  --seed demo|none      Write the demo courses and employees (default demo)
  --organisation <n>    People in the generated organisation around the demo employees (default 2000; 0 for none)
  --courses <n>         Add n synthetic courses, for benchmarks (default 0)
  --cors-origin <url>   Allow this browser origin (repeat, or separate with commas); * allows any
  --help                Show this text

Environment: DATABASE_URL=postgres://… uses PostgreSQL instead of PGlite.

       leerbudget-server import --format ooapi|edudex|schema-org --from <url or file> [options]

  --source <name>       Name of this catalogue: course ids become <name>:<source id> (default: the format)
  --language <tag>      Language to pick from multilingual texts (default nl)
  --data-dir <dir>      PGlite data folder, as for serving

Upserts every course by its source id; courses of this source that are gone become tombstones.`;

/** What `leerbudget-server import …` asks for. */
export interface ImportRequest {
  format: ImportFormat;
  from: string;
  source?: string;
  language?: string;
  database: { databaseUrl: string } | { dataDir: string };
}

/** What the command line asks for: server options, or the usage text. */
export type CliRequest =
  { kind: 'serve'; options: ServerOptions } | { kind: 'import'; options: ImportRequest } | { kind: 'help' };

function nonNegativeInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number, got "${value}"`);
  return Number(value);
}

/** Turns arguments and environment into server options; throws an `Error` with a readable message on bad input. */
export function parseCliArguments(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): CliRequest {
  if (args[0] === 'import') return parseImportArguments(args.slice(1), env, cwd);
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      seed: { type: 'string' },
      courses: { type: 'string' },
      organisation: { type: 'string' },
      'cors-origin': { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help === true) return { kind: 'help' };
  const seed = values.seed ?? 'demo';
  if (seed !== 'demo' && seed !== 'none') throw new Error(`--seed must be demo or none, got "${seed}"`);
  const port = nonNegativeInteger('--port', values.port ?? env.PORT ?? '8787');
  if (port > 65_535) throw new Error(`--port must be at most 65535, got ${port}`);
  const corsOrigins = (values['cors-origin'] ?? [])
    .flatMap((list) => list.split(','))
    .map((origin) => origin.trim())
    .filter(Boolean);
  const databaseUrl = env.DATABASE_URL === undefined || env.DATABASE_URL === '' ? undefined : env.DATABASE_URL;
  return {
    kind: 'serve',
    options: {
      port,
      hostname: values.host ?? '127.0.0.1',
      seed,
      courses: nonNegativeInteger('--courses', values.courses ?? '0'),
      organisation: nonNegativeInteger('--organisation', values.organisation ?? String(DEMO_ORGANISATION_SIZE)),
      ...(databaseUrl === undefined
        ? { dataDir: resolve(cwd, values['data-dir'] ?? '.data/pglite') }
        : { databaseUrl }),
      ...(corsOrigins.length === 0 ? {} : { corsOrigins }),
    },
  };
}

function databaseOf(env: NodeJS.ProcessEnv, cwd: string, dataDir: string | undefined): ImportRequest['database'] {
  if (env.DATABASE_URL !== undefined && env.DATABASE_URL !== '') return { databaseUrl: env.DATABASE_URL };
  return { dataDir: resolve(cwd, dataDir ?? '.data/pglite') };
}

function parseImportArguments(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): CliRequest {
  const { values } = parseArgs({
    args: [...args],
    options: {
      format: { type: 'string' },
      from: { type: 'string' },
      source: { type: 'string' },
      language: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help === true) return { kind: 'help' };
  const format = values.format;
  if (format === undefined || !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new Error(`--format must be ${IMPORT_FORMATS.join(', ')}, got "${format ?? ''}"`);
  }
  if (values.from === undefined) throw new Error('--from needs a URL or a file');
  const from = /^https?:\/\//.test(values.from) ? values.from : resolve(cwd, values.from);
  return {
    kind: 'import',
    options: {
      format: format as ImportFormat,
      from,
      ...(values.source === undefined ? {} : { source: values.source }),
      ...(values.language === undefined ? {} : { language: values.language }),
      database: databaseOf(env, cwd, values['data-dir']),
    },
  };
}
