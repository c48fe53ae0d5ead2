import type { CourseSummary } from '@leerbudget/contract';
import type { CatalogueData, StaticFacetName } from './catalogue-data.js';
import { FacetColumn } from './facet-column.js';
import { OfferingSchedule } from './offering-schedule.js';
import { TextIndex } from './text-index.js';

/** One facet column as plain arrays. */
export interface ColumnSnapshot {
  values: readonly string[];
  labels: readonly string[];
  offsets: Uint32Array;
  ids: Uint32Array;
}

/**
 * A built index as plain arrays, which IndexedDB stores and reads back as they are (structured
 * clone): restoring it is a copy, not a second build. Everything except the courses themselves.
 */
export interface IndexSnapshot {
  columns: Record<StaticFacetName, ColumnSnapshot>;
  price: Float64Array;
  durationHours: Float64Array;
  certified: Uint8Array;
  schedule: { offsets: Uint32Array; startDays: Int32Array; monthIds: Int32Array; months: readonly string[] };
  text: { terms: readonly string[]; offsets: Uint32Array; docs: Uint32Array; masks: Uint8Array };
}

export function snapshotOf(data: CatalogueData, text: TextIndex): IndexSnapshot {
  const columns = Object.fromEntries(
    Object.entries(data.columns).map(([name, { values, labels, offsets, ids }]) => [
      name,
      { values, labels, offsets, ids },
    ]),
  ) as Record<StaticFacetName, ColumnSnapshot>;
  const { offsets, startDays, monthIds, months } = data.schedule;
  return {
    columns,
    price: data.price,
    durationHours: data.durationHours,
    certified: data.certified,
    schedule: { offsets, startDays, monthIds, months },
    text: { terms: text.terms, offsets: text.offsets, docs: text.docs, masks: text.masks },
  };
}

/**
 * The columns of `courses` from a snapshot of their index, yielding every 5,000 courses like
 * `buildCatalogueData`; `courses` must be the ones the snapshot was taken of.
 */
export function* dataFromSnapshot(
  courses: readonly CourseSummary[],
  snapshot: IndexSnapshot,
): Generator<void, CatalogueData> {
  const docOfId = new Map<string, number>();
  for (let doc = 0; doc < courses.length; doc++) {
    docOfId.set(courses[doc]!.id, doc);
    if (doc % 5000 === 4999) yield;
  }
  const column = ({ values, labels, offsets, ids }: ColumnSnapshot) => new FacetColumn(values, labels, offsets, ids);
  const { columns, schedule } = snapshot;
  return {
    courses,
    docOfId,
    columns: {
      topic: column(columns.topic),
      format: column(columns.format),
      language: column(columns.language),
      level: column(columns.level),
      provider: column(columns.provider),
      city: column(columns.city),
    },
    price: snapshot.price,
    durationHours: snapshot.durationHours,
    certified: snapshot.certified,
    schedule: new OfferingSchedule(schedule.offsets, schedule.startDays, schedule.monthIds, schedule.months),
  };
}

export function textFromSnapshot(snapshot: IndexSnapshot, docCount: number): TextIndex {
  const { terms, offsets, docs, masks } = snapshot.text;
  return new TextIndex(terms, offsets, docs, masks, docCount);
}

/**
 * A checksum of the snapshot's numbers and the sizes of its word lists, folded in steps (a step per
 * 64k numbers) so a caller can run it in slices. It tells a snapshot that was cut short, mixed with
 * another or overwritten from the one that was stored.
 */
export function* checksumSteps(snapshot: IndexSnapshot, seed = 0): Generator<void, number> {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  const mix = (value: number) => {
    hash = Math.imul(hash ^ value, 0x01000193) >>> 0;
  };
  const arrays: Array<Uint8Array | Uint32Array | Int32Array | Float64Array> = [];
  const lists: Array<readonly string[]> = [];
  for (const name of Object.keys(snapshot.columns).sort() as StaticFacetName[]) {
    const { values, labels, offsets, ids } = snapshot.columns[name];
    lists.push(values, labels);
    arrays.push(offsets, ids);
  }
  const { schedule, text } = snapshot;
  arrays.push(snapshot.price, snapshot.durationHours, snapshot.certified);
  arrays.push(schedule.offsets, schedule.startDays, schedule.monthIds, text.offsets, text.docs, text.masks);
  lists.push(schedule.months, text.terms);
  for (const list of lists) mix(list.length);
  for (const array of arrays) {
    mix(array.length);
    // Whole 32-bit words where the bytes allow, the rest byte by byte.
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    const words =
      bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2) : undefined;
    const wordCount = words?.length ?? 0;
    for (let at = 0; at < wordCount; at++) {
      mix(words![at]!);
      if ((at & 0xffff) === 0xffff) yield;
    }
    for (let at = wordCount * 4; at < bytes.length; at++) {
      mix(bytes[at]!);
      if ((at & 0xffff) === 0xffff) yield;
    }
  }
  return hash;
}
