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
    this.#singleValued = ids.length === offsets.length - 1 && offsets.every((offset, doc) => offset === doc);
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

  /** True when course `doc` has at least one value in `mask`. */
  matches(doc: number, mask: Uint8Array): boolean {
    if (this.#singleValued) return mask[this.ids[doc]!] === 1;
    for (let i = this.offsets[doc]!, end = this.offsets[doc + 1]!; i < end; i++) {
      if (mask[this.ids[i]!] === 1) return true;
    }
    return false;
  }

  /** Adds one to the count of each value of course `doc`. */
  count(doc: number, counts: Uint32Array): void {
    if (this.#singleValued) {
      counts[this.ids[doc]!]!++;
      return;
    }
    for (let i = this.offsets[doc]!, end = this.offsets[doc + 1]!; i < end; i++) counts[this.ids[i]!]!++;
  }
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
