type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/** A copy of `array` with room for at least `size` items (at least double, so pushes stay amortised O(1)). */
export function grown<T extends TypedArray>(array: T, size: number): T {
  if (size <= array.length) return array;
  const larger = new (array.constructor as new (size: number) => T)(Math.max(size, array.length * 2));
  larger.set(array);
  return larger;
}

/** An append-only typed array that doubles when full; `trimmed()` returns a right-sized copy. */
export class GrowableArray<T extends TypedArray> {
  #items: T;
  #length = 0;

  /** Starts with `items` as (empty) storage. */
  constructor(items: T) {
    this.#items = items;
  }

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#items.length) this.#items = grown(this.#items, this.#length + 1);
    this.#items[this.#length++] = value;
  }

  /** The backing array; only the first `length` entries are meaningful. */
  get items(): T {
    return this.#items;
  }

  trimmed(): T {
    return this.#items.slice(0, this.#length) as T;
  }
}
