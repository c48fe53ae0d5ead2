import type { Course } from '@leerbudget/contract';

/** One source field that could not be mapped, and why. `field` is a dotted path into the source record. */
export interface MappingIssue {
  field: string;
  reason: string;
}

/** What every adapter returns: the course (or `null` when the record lacks what the contract requires) and every issue. */
export interface MappingResult {
  course: Course | null;
  issues: MappingIssue[];
}

/** Options shared by all adapters. */
export interface AdapterOptions {
  /** The language to choose from language-tagged texts, for example `nl` (default) or `en`. */
  language?: string;
  /** Put before every source id, so catalogues from several sources never share an id (for example `ooapi:`). */
  idPrefix?: string;
  /** The provider, when the source record does not name its organisation. */
  provider?: { id: string; name: string; certifications?: string[] };
  /** The currency when a source price has none. Default `EUR`. */
  currency?: string;
  /** `updatedAt` when the source has no modification time. Default: now. */
  now?: Date;
}

/** Collects issues while a record is mapped; never throws. */
export class IssueLog {
  readonly issues: MappingIssue[] = [];

  add(field: string, reason: string): void {
    this.issues.push({ field, reason });
  }

  /** Reports every field of `record` (at `path`) that is set but not in `handled`: nothing is dropped silently. */
  unmapped(record: Record<string, unknown>, handled: readonly string[], path: string): void {
    const known = new Set(handled);
    for (const [key, value] of Object.entries(record)) {
      if (known.has(key) || value === null || value === undefined) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      this.add(join(path, key), 'the contract has no field for this');
    }
  }
}

/** `a.b` from `a` and `b`, or `b` alone at the top. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** A plain object, or `undefined` for anything else (arrays, null, strings). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A list, whether the source sent one item or many. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}
