import type { CheckResult } from './check.js';

export type ReportFormat = 'text' | 'json' | 'junit';

function counts(results: readonly CheckResult[]) {
  return {
    passed: results.filter((result) => result.status === 'pass').length,
    failed: results.filter((result) => result.status === 'fail').length,
    skipped: results.filter((result) => result.status === 'skip').length,
  };
}

function text(results: readonly CheckResult[]): string {
  const lines = results.map((result) => {
    if (result.status === 'pass') return `PASS ${result.id}: ${result.title}`;
    if (result.status === 'skip') return `SKIP ${result.id}: ${result.reason}`;
    return [
      `FAIL ${result.id}: ${result.title}`,
      `     expected: ${result.expected}`,
      `     got:      ${result.got}`,
      `     fix:      ${result.hint}`,
    ].join('\n');
  });
  const { passed, failed, skipped } = counts(results);
  return `${lines.join('\n')}\n\n${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}

function xml(value: string): string {
  return value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function junit(results: readonly CheckResult[]): string {
  const { failed, skipped } = counts(results);
  const cases = results.map((result) => {
    const open = `  <testcase classname="leerbudget-conformance" name="${xml(`${result.id}: ${result.title}`)}"`;
    if (result.status === 'pass') return `${open}/>`;
    if (result.status === 'skip') return `${open}>\n    <skipped message="${xml(result.reason)}"/>\n  </testcase>`;
    const detail = `expected: ${result.expected}\ngot: ${result.got}\nfix: ${result.hint}`;
    return `${open}>\n    <failure message="${xml(`expected ${result.expected}, got ${result.got}`)}">${xml(detail)}</failure>\n  </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="leerbudget-conformance" tests="${results.length}" failures="${failed}" skipped="${skipped}">\n${cases.join('\n')}\n</testsuite>\n`;
}

/** The results as a report for people (`text`), scripts (`json`) or CI (`junit`). */
export function formatReport(results: readonly CheckResult[], format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify({ ...counts(results), results }, null, 2)}\n`;
  if (format === 'junit') return junit(results);
  return text(results);
}
