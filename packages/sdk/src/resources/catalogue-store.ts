import type { CourseSummary } from '@leerbudget/contract';
import type { Cache, CacheEntry } from '../cache/cache.js';
import type { IndexSnapshot } from '../catalogue/index.js';
import { checksumSteps } from '../catalogue/index-snapshot.js';
import { runInSlices } from '../catalogue/slices.js';
import type { ValidationIssue } from '../validation.js';

/**
 * The layout of the stored catalogue. Bump it whenever {@link StoredManifest} or
 * {@link IndexSnapshot} changes shape: an entry of another layout is dropped and fully synced again.
 */
export const CATALOGUE_LAYOUT = 2;

/** Courses per stored part: one part parses in a few milliseconds, well inside a slice. */
const COURSES_PER_PART = 1000;

/** What the catalogue's own key holds; the parts live under keys named after `generation`. */
interface StoredManifest {
  layout: number;
  /** Names the parts of this write, so a newer write never mixes with an older one. */
  generation: string;
  version: string;
  issues: ValidationIssue[];
  courseCount: number;
  partCount: number;
  /** Of the index snapshot, the course count and the length of every part. */
  checksum: number;
}

/** A catalogue as it was stored: courses validated when they arrived, so trusted now. */
export interface StoredCatalogue {
  courses: CourseSummary[];
  snapshot: IndexSnapshot;
  version: string;
  issues: ValidationIssue[];
  updatedAt: string;
  etag: string | undefined;
}

/**
 * Keeps the synced catalogue in the cache in the shape the index needs: the built index as typed
 * arrays and the courses as JSON parts. Written once per sync; read back without a schema pass or a
 * build, in slices, so a warm start never holds the main thread for long.
 */
export class CatalogueStore {
  readonly #cache: Cache;
  readonly #key: string;

  constructor(cache: Cache, key: string) {
    this.#cache = cache;
    this.#key = key;
  }

  /** The stored catalogue, or `undefined` when there is none or it does not check out (then it is dropped). */
  async read(signal: AbortSignal): Promise<StoredCatalogue | undefined> {
    const entry = await this.#cache.get<unknown>(this.#key).catch(() => undefined);
    if (!entry) return undefined;
    const manifest = entry.value as Partial<StoredManifest> | null;
    if (manifest?.layout !== CATALOGUE_LAYOUT || typeof manifest.generation !== 'string') {
      await this.drop();
      return undefined;
    }
    const stored = await this.#readParts(manifest as StoredManifest, entry, signal).catch((error: unknown) => {
      if (signal.aborted) throw error;
      return undefined;
    });
    if (!stored) await this.drop();
    return stored;
  }

  async #readParts(
    manifest: StoredManifest,
    entry: CacheEntry<unknown>,
    signal: AbortSignal,
  ): Promise<StoredCatalogue | undefined> {
    const { generation, partCount } = manifest;
    const [snapshot, ...parts] = await Promise.all([
      this.#cache.get<IndexSnapshot>(this.#partKey(generation, 'index')),
      ...Array.from({ length: partCount }, (_, part) => this.#cache.get<string>(this.#partKey(generation, part))),
    ]);
    if (!snapshot || parts.some((part) => typeof part?.value !== 'string')) return undefined;
    const texts = parts.map((part) => part!.value);
    const checksum = await runInSlices(checksumSteps(snapshot.value, seedOf(manifest.courseCount, texts)), signal);
    if (checksum !== manifest.checksum) return undefined;
    const courses = await runInSlices(parseParts(texts), signal);
    if (courses.length !== manifest.courseCount) return undefined;
    return {
      courses,
      snapshot: snapshot.value,
      version: manifest.version,
      issues: manifest.issues,
      updatedAt: entry.updatedAt,
      etag: entry.etag,
    };
  }

  /** Stores a catalogue: parts first, the manifest that names them last, then the previous parts go. */
  async write(catalogue: Omit<StoredCatalogue, 'courses'> & { courses: readonly CourseSummary[] }): Promise<void> {
    const generation = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const texts = await runInSlices(stringifyParts(catalogue.courses), undefined);
    const stamp = { updatedAt: catalogue.updatedAt };
    const courseCount = catalogue.courses.length;
    const checksum = await runInSlices(checksumSteps(catalogue.snapshot, seedOf(courseCount, texts)), undefined);
    await Promise.all([
      this.#cache.set(this.#partKey(generation, 'index'), { ...stamp, value: catalogue.snapshot }),
      ...texts.map((text, part) => this.#cache.set(this.#partKey(generation, part), { ...stamp, value: text })),
    ]);
    const manifest: StoredManifest = {
      layout: CATALOGUE_LAYOUT,
      generation,
      version: catalogue.version,
      issues: catalogue.issues,
      courseCount,
      partCount: texts.length,
      checksum,
    };
    await this.#cache.set(this.#key, {
      ...stamp,
      value: manifest,
      ...(catalogue.etag ? { etag: catalogue.etag } : {}),
    });
    await this.#dropParts(generation);
  }

  /** Removes the stored catalogue and all its parts. */
  async drop(): Promise<void> {
    await this.#cache.delete(this.#key).catch(() => undefined);
    await this.#dropParts(undefined);
  }

  async #dropParts(keep: string | undefined): Promise<void> {
    const prefix = `${this.#key}:`;
    const kept = keep === undefined ? undefined : `${prefix}${keep}:`;
    const keys = await this.#cache.keys().catch(() => []);
    const stale = keys.filter((key) => key.startsWith(prefix) && (kept === undefined || !key.startsWith(kept)));
    await Promise.all(stale.map((key) => this.#cache.delete(key).catch(() => undefined)));
  }

  #partKey(generation: string, part: number | 'index'): string {
    return `${this.#key}:${generation}:${part}`;
  }
}

/** Folds the course count and the length of every part into the checksum's start. */
function seedOf(courseCount: number, texts: readonly string[]): number {
  let seed = courseCount;
  for (const text of texts) seed = Math.imul(seed ^ text.length, 0x01000193) >>> 0;
  return seed;
}

/** Writes the parts one per step, so a large catalogue is written in slices. */
function* stringifyParts(courses: readonly CourseSummary[]): Generator<void, string[]> {
  const texts: string[] = [];
  for (let at = 0; at < courses.length; at += COURSES_PER_PART) {
    texts.push(JSON.stringify(courses.slice(at, at + COURSES_PER_PART)));
    yield;
  }
  return texts;
}

/** Parses the parts one per step, so parsing runs in slices too. */
function* parseParts(texts: readonly string[]): Generator<void, CourseSummary[]> {
  const courses: CourseSummary[] = [];
  for (const text of texts) {
    const part = JSON.parse(text) as unknown;
    if (!Array.isArray(part)) throw new TypeError('A stored catalogue part is not a list of courses.');
    for (const course of part as CourseSummary[]) courses.push(course);
    yield;
  }
  return courses;
}
