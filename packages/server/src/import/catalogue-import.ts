import { readFile } from 'node:fs/promises';
import { fromEduDex, fromOoapi, fromSchemaOrg, type MappingIssue, type MappingResult } from '@leerbudget/adapters';
import type { Course } from '@leerbudget/contract';
import type { Store } from '../store.js';

export const IMPORT_FORMATS = ['ooapi', 'edudex', 'schema-org'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Options of {@link importCatalogue}. */
export interface ImportOptions {
  format: ImportFormat;
  /** A file, or an http(s) URL; for OOAPI the `/courses` collection, whose pages are followed. */
  from: string;
  /** Name of this catalogue; its courses get ids `<source>:<source id>`, and only they are tombstoned. Default: the format. */
  source?: string;
  /** Language to choose from multilingual texts. Default `nl`. */
  language?: string;
  fetch?: typeof fetch;
  /** Called while records come in, for a progress line. */
  onProgress?: (progress: { pages: number; records: number }) => void;
}

/** What an import did, and every issue per source record. */
export interface ImportSummary {
  imported: number;
  changed: number;
  removed: string[];
  skipped: number;
  issues: Array<{ record: string; issue: MappingIssue }>;
}

const OOAPI_PAGE_SIZE = 100;
/** Stops a source whose `hasNextPage` never turns false. */
const MAX_PAGES = 10_000;

async function readJson(from: string, fetcher: typeof fetch): Promise<unknown> {
  if (!/^https?:\/\//.test(from)) return JSON.parse(await readFile(from, 'utf8'));
  const response = await fetcher(from, { headers: { accept: 'application/json, application/ld+json' } });
  if (!response.ok) throw new Error(`${from} answered ${response.status}`);
  return response.json();
}

function itemsOf(page: unknown): unknown[] {
  if (Array.isArray(page)) return page;
  const record = page as { items?: unknown; programs?: unknown } | null;
  if (Array.isArray(record?.items)) return record.items;
  if (Array.isArray(record?.programs)) return record.programs;
  return [page];
}

/** Every item of an OOAPI collection, page by page (`pageNumber`, `pageSize`, `hasNextPage`). */
async function ooapiCollection(
  url: string,
  fetcher: typeof fetch,
  onPage: (items: number) => void,
): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber += 1) {
    const pageUrl = new URL(url);
    pageUrl.searchParams.set('pageNumber', String(pageNumber));
    if (!pageUrl.searchParams.has('pageSize')) pageUrl.searchParams.set('pageSize', String(OOAPI_PAGE_SIZE));
    const page = (await readJson(pageUrl.toString(), fetcher)) as { items?: unknown[]; hasNextPage?: boolean };
    items.push(...(page.items ?? []));
    onPage(items.length);
    if (page.hasNextPage !== true) return items;
  }
  throw new Error(`${url} still had a next page after ${MAX_PAGES} pages`);
}

async function mapOoapi(
  options: ImportOptions,
  fetcher: typeof fetch,
  adapterOptions: Parameters<typeof fromOoapi>[2],
): Promise<MappingResult[]> {
  let pages = 0;
  const progress = (records: number) => options.onProgress?.({ pages: (pages += 1), records });
  if (!/^https?:\/\//.test(options.from)) {
    return itemsOf(await readJson(options.from, fetcher)).map((course) => fromOoapi(course, undefined, adapterOptions));
  }
  const coursesUrl = new URL(options.from);
  if (!coursesUrl.searchParams.has('expand')) coursesUrl.searchParams.set('expand', 'organisation');
  const courses = await ooapiCollection(coursesUrl.toString(), fetcher, progress);
  const base = options.from.replace(/\/courses\/?(\?.*)?$/, '');
  const results: MappingResult[] = [];
  for (const course of courses) {
    const id = (course as { courseId?: unknown }).courseId;
    const inline = (course as { offerings?: unknown }).offerings;
    const offerings =
      Array.isArray(inline) || typeof id !== 'string'
        ? undefined
        : await ooapiCollection(`${base}/courses/${encodeURIComponent(id)}/offerings`, fetcher, () => undefined);
    results.push(fromOoapi(course, offerings, adapterOptions));
  }
  return results;
}

function sourceName(result: MappingResult, index: number): string {
  return result.course?.id ?? `record ${index + 1}`;
}

/** The stored courses by id, to find removals and keep `updatedAt` of courses that did not change. */
async function storedCourses(store: Store): Promise<Map<string, Record<string, unknown>>> {
  const { courses } = await store.catalogueChanges();
  const byId = new Map<string, Record<string, unknown>>();
  for (const json of courses) {
    const course = JSON.parse(json) as Record<string, unknown>;
    if (typeof course.id === 'string') byId.set(course.id, course);
  }
  return byId;
}

/** JSON with keys sorted at every level: the database (jsonb) does not keep key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sameApartFromTime(stored: Record<string, unknown> | undefined, course: Course): boolean {
  if (stored === undefined) return false;
  const { description: _description, updatedAt: _updatedAt, ...fresh } = course;
  const { updatedAt: _storedAt, ...kept } = stored;
  return canonical(kept) === canonical(fresh);
}

/**
 * Loads a catalogue into the store: upserts by source id, and turns the courses of this source that
 * are gone from it into tombstones, so `?since=` deltas report them as deleted.
 */
export async function importCatalogue(store: Store, options: ImportOptions): Promise<ImportSummary> {
  const fetcher = options.fetch ?? fetch;
  const source = options.source ?? options.format;
  const prefix = `${source}:`;
  const adapterOptions = { idPrefix: prefix, language: options.language ?? 'nl' };
  let results: MappingResult[];
  if (options.format === 'ooapi') {
    results = await mapOoapi(options, fetcher, adapterOptions);
  } else {
    const items = itemsOf(await readJson(options.from, fetcher));
    options.onProgress?.({ pages: 1, records: items.length });
    const adapt = options.format === 'edudex' ? fromEduDex : fromSchemaOrg;
    results = items.map((item) => adapt(item, adapterOptions));
  }
  const stored = await storedCourses(store);
  const courses = results.flatMap((result) => (result.course === null ? [] : [result.course]));
  const kept = courses.map((course) => {
    const before = stored.get(course.id);
    return sameApartFromTime(before, course) ? { ...course, updatedAt: String(before!.updatedAt) } : course;
  });
  const changed = await store.seedCourses(kept);
  const present = new Set(courses.map((course) => course.id));
  const removed = [...stored.keys()].filter((id) => id.startsWith(prefix) && !present.has(id));
  if (removed.length > 0) await store.deleteCourses(removed);
  return {
    imported: courses.length,
    changed,
    removed,
    skipped: results.length - courses.length,
    issues: results.flatMap((result, index) =>
      result.issues.map((issue) => ({ record: sourceName(result, index), issue })),
    ),
  };
}

/** A short report: counts, then each issue field with how often it occurred. */
export function formatImportSummary(summary: ImportSummary): string {
  const lines = [
    `Imported ${summary.imported} courses: ${summary.changed} new or changed, ${summary.removed.length} removed (tombstoned), ${summary.skipped} skipped.`,
  ];
  const byField = new Map<string, { reason: string; count: number }>();
  for (const { issue } of summary.issues) {
    const entry = byField.get(issue.field) ?? { reason: issue.reason, count: 0 };
    entry.count += 1;
    byField.set(issue.field, entry);
  }
  if (byField.size > 0) lines.push(`${summary.issues.length} issues:`);
  for (const [field, { reason, count }] of [...byField].sort((a, b) => b[1].count - a[1].count))
    lines.push(`  ${count}× ${field}: ${reason}`);
  return lines.join('\n');
}
