import { parseArgs } from 'node:util';
import type { ReportFormat } from './report.js';
import type { ConformanceOptions } from './run.js';

export const USAGE = `Usage: leerbudget-conformance <api-base> [options]

  --token <t>            Bearer token of a test employee (personal and write checks)
  --approver-token <t>   Bearer token of an approver
  --writes               Also create and cancel requests on the test employee (changes data)
  --report text|json|junit   Report format (default text)
  --only <id,id>         Run only these checks
  --help                 Show this text

Exit code 0 only when every check passed (skipped checks do not fail the run).`;

export type CliRequest = { kind: 'help' } | { kind: 'run'; options: ConformanceOptions; report: ReportFormat };

/** Turns arguments into checker options; throws an Error with a readable message on bad input. */
export function parseCliArguments(args: readonly string[]): CliRequest {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      token: { type: 'string' },
      'approver-token': { type: 'string' },
      writes: { type: 'boolean' },
      report: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help === true) return { kind: 'help' };
  const base = positionals[0];
  if (base === undefined || positionals.length > 1)
    throw new Error('Give exactly one API base, for example https://api.example.nl');
  if (!/^https?:\/\//.test(base)) throw new Error(`The API base must start with https:// or http://, got "${base}"`);
  const report = values.report ?? 'text';
  if (report !== 'text' && report !== 'json' && report !== 'junit')
    throw new Error(`--report must be text, json or junit, got "${report}"`);
  return {
    kind: 'run',
    report,
    options: {
      base,
      ...(values.token === undefined ? {} : { token: values.token }),
      ...(values['approver-token'] === undefined ? {} : { approverToken: values['approver-token'] }),
      writes: values.writes === true,
      ...(values.only === undefined ? {} : { only: values.only.split(',').map((id) => id.trim()) }),
    },
  };
}
