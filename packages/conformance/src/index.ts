/**
 * The Leerbudget conformance checker: does an API do what the widgets rely on?
 * @packageDocumentation
 */
export { runConformance, allPassed, type ConformanceOptions } from './run.js';
export { formatReport, type ReportFormat } from './report.js';
export { CHECKS } from './checks.js';
export type { Check, CheckContext, CheckResult } from './check.js';
