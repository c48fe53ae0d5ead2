import type { Offering } from '@leerbudget/contract';
import { dayNumber } from '@leerbudget/funding';
import { FacetColumn, FacetColumnBuilder } from './facet-column.js';
import { GrowableArray } from './growable-array.js';
import { runToEnd } from './slices.js';

/** Offerings sooner than this many days from today are in the `within-30-days` bucket. */
const SOON_DAYS = 30;

/** Availability bucket bits, see {@link AvailabilityBucket}. */
export const AVAILABILITY_BIT = { 'within-30-days': 1, later: 2, 'self-paced': 4 } as const;

/** Stands for an offering without a start date (self-paced, starts any time). */
const NO_START = -1;

/** What depends on the date of "today": the next offering, start months and availability. */
export interface ScheduleView {
  readonly today: number;
  /** Index into the course's offerings; -1 when none. */
  readonly nextOffering: Int32Array;
  /** Sort key for `start-date`: day of the next dated start; today for self-paced only; +Infinity for none. */
  readonly nextStartKey: Float64Array;
  /** {@link AVAILABILITY_BIT} flags per course. */
  readonly availability: Uint8Array;
  /** Months (`YYYY-MM`) of upcoming offerings; the dictionary holds every month any offering starts in. */
  readonly startMonth: FacetColumn;
}

/** The start day and month of every offering, per course, collected at build time. */
export class OfferingScheduleBuilder {
  readonly #offsets = new GrowableArray(new Uint32Array(1024));
  readonly #startDays = new GrowableArray(new Int32Array(1024));
  readonly #months = new FacetColumnBuilder();
  readonly #monthIds = new GrowableArray(new Int32Array(1024));
  readonly #dates = new Map<string, { day: number; monthId: number }>();

  constructor() {
    this.#offsets.push(0);
  }

  addDocument(offerings: readonly Offering[]): void {
    for (const offering of offerings) {
      const start = offering.start;
      if (start === null) {
        this.#startDays.push(NO_START);
        this.#monthIds.push(-1);
        continue;
      }
      const date = this.#dateOf(start);
      this.#startDays.push(date.day);
      this.#monthIds.push(date.monthId);
    }
    this.#offsets.push(this.#startDays.length);
  }

  /** A catalogue repeats the same few hundred start dates: parse each once. */
  #dateOf(start: string): { day: number; monthId: number } {
    let date = this.#dates.get(start);
    if (!date) {
      date = { day: dayNumber(start), monthId: this.#months.idOf(start.slice(0, 7)) };
      this.#dates.set(start, date);
    }
    return date;
  }

  finish(): OfferingSchedule {
    const months = this.#months.finish();
    return new OfferingSchedule(
      this.#offsets.trimmed(),
      this.#startDays.trimmed(),
      this.#monthIds.trimmed(),
      months.values,
    );
  }
}

/** Answers date questions about offerings, caching the view for the last `today` asked. */
export class OfferingSchedule {
  #lastView: ScheduleView | undefined;

  constructor(
    readonly offsets: Uint32Array,
    readonly startDays: Int32Array,
    readonly monthIds: Int32Array,
    readonly months: readonly string[],
  ) {}

  /** True when course `doc` has an upcoming offering starting between `from` and `to` (days, inclusive). */
  startsBetween(doc: number, from: number, to: number): boolean {
    for (let i = this.offsets[doc]!, end = this.offsets[doc + 1]!; i < end; i++) {
      const start = this.startDays[i]!;
      if (start !== NO_START && start >= from && start <= to) return true;
    }
    return false;
  }

  view(today: number): ScheduleView {
    if (this.#lastView?.today !== today) this.#lastView = runToEnd(this.#computeView(today));
    return this.#lastView;
  }

  /**
   * Computes the view of `today` ahead of the first search, yielding every 5,000 courses so a caller
   * can run it in slices: on 100k courses it is the longest part of a first search.
   */
  *prepareView(today: number): Generator<void, void> {
    if (this.#lastView?.today !== today) this.#lastView = yield* this.#computeView(today);
  }

  *#computeView(today: number): Generator<void, ScheduleView> {
    const docCount = this.offsets.length - 1;
    const nextOffering = new Int32Array(docCount);
    const nextStartKey = new Float64Array(docCount);
    const availability = new Uint8Array(docCount);
    const months = new FacetColumnBuilder();
    for (const month of this.months) months.idOf(month);
    for (let doc = 0; doc < docCount; doc++) {
      let next = -1;
      let selfPaced = -1;
      let flags = 0;
      for (let i = this.offsets[doc]!, end = this.offsets[doc + 1]!; i < end; i++) {
        const start = this.startDays[i]!;
        if (start === NO_START) {
          if (selfPaced < 0) selfPaced = i;
          flags |= AVAILABILITY_BIT['self-paced'];
        } else if (start >= today) {
          if (next < 0 || start < this.startDays[next]!) next = i;
          flags |= start <= today + SOON_DAYS ? AVAILABILITY_BIT['within-30-days'] : AVAILABILITY_BIT.later;
          months.addId(this.monthIds[i]!);
        }
      }
      const chosen = next >= 0 ? next : selfPaced;
      nextOffering[doc] = chosen < 0 ? -1 : chosen - this.offsets[doc]!;
      nextStartKey[doc] = next >= 0 ? this.startDays[next]! : selfPaced >= 0 ? today : Infinity;
      availability[doc] = flags;
      months.endDocument();
      if (doc % 5000 === 4999) yield;
    }
    return { today, nextOffering, nextStartKey, availability, startMonth: months.finish() };
  }
}
