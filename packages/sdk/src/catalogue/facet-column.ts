import { GrowableArray } from './growable-array.js';

/**
 * The values of one facet for every course, as compressed rows: the value ids of course `d`
 * are `ids[offsets[d] .. offsets[d + 1])`, each id once. Single-valued facets use the same layout.
 */
export class FacetColumn {
  readonly #idOfValue: Map<string, number>;
  /** Every course has exactly one value (format, level, provider): `ids[doc]` is its value, no row lookup. */
  readonly #singleValued: boolean;

  constructor(
    /** Value keys, by value id. */
    readonly values: readonly string[],
    /** Display labels, by value id. */
    readonly labels: readonly string[],
    readonly offsets: Uint32Array,
    readonly ids: Uint32Array,
  ) {
    this.#idOfValue = new Map(values.map((value, id) => [value, id]));
    this.#singleValued = ids.length === offsets.length - 1 && isIdentity(offsets);
  }

  /** A selection mask over value ids; values the catalogue does not have select nothing. */
  maskOf(selection: readonly string[]): Uint8Array {
    const mask = new Uint8Array(this.values.length);
    for (const value of selection) {
      const id = this.#idOfValue.get(value);
      if (id !== undefined) mask[id] = 1;
    }
    return mask;
  }

  /**
   * Sets `bit` in `misses[doc]` for each of `docs` with no value in `mask`. One tight loop per
   * column instead of a call per course and column: browsing the whole catalogue runs this a lot.
   */
  markMisses(docs: Uint32Array, mask: Uint8Array, misses: Uint8Array, bit: number): void {
    const { offsets, ids } = this;
    const single = this.#singleValued;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      let hit = 0;
      if (single) hit = mask[ids[doc]!]!;
      else for (let at = offsets[doc]!, end = offsets[doc + 1]!; at < end; at++) hit |= mask[ids[at]!]!;
      misses[doc]! |= (hit - 1) & bit;
    }
  }

  /** Adds one to the count of each value of the courses in `docs` whose `misses` are exactly `only`. */
  countDocs(docs: Uint32Array, counts: Uint32Array, misses: Uint8Array, only: number): void {
    const { offsets, ids } = this;
    const single = this.#singleValued;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      if (misses[doc] !== only) continue;
      if (single) counts[ids[doc]!]!++;
      else for (let at = offsets[doc]!, end = offsets[doc + 1]!; at < end; at++) counts[ids[at]!]!++;
    }
  }
}

function isIdentity(offsets: Uint32Array): boolean {
  for (let doc = 0; doc < offsets.length; doc++) if (offsets[doc] !== doc) return false;
  return true;
}

/** Collects facet values course by course; a value's label is the first one seen. */
export class FacetColumnBuilder {
  readonly #idOfValue = new Map<string, number>();
  readonly #values: string[] = [];
  readonly #labels: string[] = [];
  readonly #offsets = new GrowableArray(new Uint32Array(1024));
  readonly #ids = new GrowableArray(new Uint32Array(1024));

  constructor() {
    this.#offsets.push(0);
  }

  /** The id of `value`, adding it to the dictionary when new. */
  idOf(value: string, label = value): number {
    let id = this.#idOfValue.get(value);
    if (id === undefined) {
      id = this.#values.length;
      this.#idOfValue.set(value, id);
      this.#values.push(value);
      this.#labels.push(label);
    }
    return id;
  }

  /** Adds `value` to the current course (a value it already has is skipped); `label` names a new value. */
  addValue(value: string, label = value): void {
    this.addId(this.idOf(value, label));
  }

  /** Adds the value with this id to the current course, unless it already has it. */
  addId(id: number): void {
    const ids = this.#ids.items;
    for (let i = this.#offsets.items[this.#offsets.length - 1]!; i < this.#ids.length; i++) if (ids[i] === id) return;
    this.#ids.push(id);
  }

  /** Closes the current course; the next value belongs to the next course. */
  endDocument(): void {
    this.#offsets.push(this.#ids.length);
  }

  finish(): FacetColumn {
    return new FacetColumn(this.#values, this.#labels, this.#offsets.trimmed(), this.#ids.trimmed());
  }
}
