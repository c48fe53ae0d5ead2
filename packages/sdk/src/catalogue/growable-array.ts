type TypedArray = Uint8Array | Uint32Array;

/** An append-only typed array that doubles when full; `trimmed()` returns a right-sized copy. */
export class GrowableArray<T extends TypedArray> {
  #items: T;
  #length = 0;
  readonly #create: (capacity: number) => T;

  constructor(create: (capacity: number) => T, capacity = 1024) {
    this.#create = create;
    this.#items = create(capacity);
  }

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#items.length) {
      const larger = this.#create(this.#items.length * 2);
      larger.set(this.#items);
      this.#items = larger;
    }
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
