import type { CourseSummary, Offering } from '@leerbudget/contract';
import type { FundingPlan } from '../funding/index.js';
import { dayNumber, moneyLeftIn, ownContributionRange, todayIsoDate } from '@leerbudget/funding';
import { buildCatalogueData, buildTextIndex, type CatalogueData } from './catalogue-data.js';
import type { FacetColumn } from './facet-column.js';
import { FundingPlanCache } from './funding-plan-cache.js';
import { dataFromSnapshot, snapshotOf, textFromSnapshot, type IndexSnapshot } from './index-snapshot.js';
import { tokenize } from './fold-text.js';
import { AVAILABILITY_BIT, type ScheduleView } from './offering-schedule.js';
import { selectTop } from './select-top.js';
import { runInSlices, runToEnd, yieldToMain } from './slices.js';
import { ALL_TEXT_FIELDS, type TextIndex } from './text-index.js';
import { suggest } from './typeahead.js';
import {
  FACET_NAMES,
  type CatalogueHit,
  type CatalogueSearchQuery,
  type CatalogueSearchResult,
  type FacetCount,
  type FacetName,
  type TypeaheadSuggestion,
} from './types.js';

const DEFAULT_PAGE_SIZE = 20;

/** Options of {@link CatalogueIndex.buildAsync}. */
export interface BuildAsyncOptions {
  /** Stops the build; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Courses indexed between two looks at the clock; default 250. The build runs in slices of about
   * 8 ms and gives the event loop a turn between them (`scheduler.yield()` or a `MessageChannel`).
   */
  yieldEvery?: number;
  /** Called at every turn the build gives the event loop: shows that the work is cut into slices. */
  onYield?: () => void;
  /**
   * Called once, when facets, ranges, sorting and budget filters work but the text index is not built
   * yet, with an index whose {@link CatalogueIndex.textReady} is `false` (see {@link CatalogueIndex.search}
   * for what a text query gives then). The build gives the event loop a turn right after, so the caller
   * can render before the text pass starts. The promise still resolves with a separate, complete index.
   */
  onColumnsReady?: (index: CatalogueIndex) => void;
}

/** Scratch space of a search, indexed by doc id; shared by the indexes of one build (searches never overlap). */
interface SearchScratch {
  readonly allDocs: Uint32Array;
  /** Results from the front; courses that fail exactly one facet from the back. */
  readonly results: Uint32Array;
  /** Bits of the facets that reject a course, see {@link FacetColumn.markMisses}. */
  readonly misses: Uint8Array;
  readonly sortKeys: Float64Array;
}

/**
 * Searches a catalogue in memory: full text with prefixes and typos, facet counts, ranges,
 * availability, employer policy and "fits my budget" with a funding plan per result.
 * Built once from the courses; every search then runs in about a millisecond on 100k courses.
 * An index never changes: {@link CatalogueIndex.buildAsync} can hand out an early one without text
 * (`textReady: false`) and resolves with a second, complete one.
 *
 * @example
 * const index = CatalogueIndex.build(snapshot.courses);
 * const { total, items, facets } = index.search({ text: 'excel', facets: { format: ['online'] } });
 */
export class CatalogueIndex {
  readonly #data: CatalogueData;
  readonly #text: TextIndex | undefined;
  readonly #scratch: SearchScratch;
  readonly #plans = new FundingPlanCache();

  private constructor(data: CatalogueData, text: TextIndex | undefined, scratch?: SearchScratch) {
    this.#data = data;
    this.#text = text;
    const size = data.courses.length;
    this.#scratch = scratch ?? {
      allDocs: catalogueOrder(size),
      results: new Uint32Array(size),
      misses: new Uint8Array(size),
      sortKeys: new Float64Array(size),
    };
  }

  /** Indexes `courses` in one go. Courses keep their order; ids are expected to be unique. */
  static build(courses: readonly CourseSummary[]): CatalogueIndex {
    const data = runToEnd(buildCatalogueData(courses, Infinity));
    return new CatalogueIndex(data, runToEnd(buildTextIndex(data.courses, Infinity)));
  }

  /**
   * Indexes `courses` in chunks, giving the event loop a turn between them so the page never freezes.
   * Resolves with a complete index; `onColumnsReady` gets a text-less one as soon as it can answer.
   */
  static async buildAsync(courses: readonly CourseSummary[], options: BuildAsyncOptions = {}): Promise<CatalogueIndex> {
    const { signal, onColumnsReady, onYield } = options;
    const chunkSize = options.yieldEvery ?? 250;
    const data = await runInSlices(buildCatalogueData(courses, chunkSize), signal, onYield);
    // Today's view too, so the first search does not compute it in one go.
    await runInSlices(data.schedule.prepareView(dayNumber(todayIsoDate())), signal, onYield);
    let scratch: SearchScratch | undefined;
    if (onColumnsReady) {
      const early = new CatalogueIndex(data, undefined);
      scratch = early.#scratch;
      onColumnsReady(early);
      await yieldToMain();
    }
    const text = await runInSlices(buildTextIndex(data.courses, chunkSize), signal, onYield);
    return new CatalogueIndex(data, text, scratch);
  }

  /**
   * An index from {@link CatalogueIndex.snapshot} of the same courses (in the same order), without a
   * second build: for a catalogue read back from the cache. The snapshot is trusted, not checked.
   */
  static fromSnapshot(courses: readonly CourseSummary[], snapshot: IndexSnapshot): CatalogueIndex {
    return new CatalogueIndex(
      runToEnd(dataFromSnapshot(courses, snapshot)),
      textFromSnapshot(snapshot, courses.length),
    );
  }

  /** {@link CatalogueIndex.fromSnapshot} in slices, like {@link CatalogueIndex.buildAsync}. */
  static async fromSnapshotAsync(
    courses: readonly CourseSummary[],
    snapshot: IndexSnapshot,
    options: Pick<BuildAsyncOptions, 'signal' | 'onYield'> = {},
  ): Promise<CatalogueIndex> {
    const { signal, onYield } = options;
    const data = await runInSlices(dataFromSnapshot(courses, snapshot), signal, onYield);
    await runInSlices(data.schedule.prepareView(dayNumber(todayIsoDate())), signal, onYield);
    return new CatalogueIndex(data, textFromSnapshot(snapshot, courses.length));
  }

  /** The built index as plain arrays, to store next to its courses; only a text-ready index has one. */
  snapshot(): IndexSnapshot {
    if (!this.#text) throw new Error('An index without its text has no snapshot; wait for the complete one.');
    return snapshotOf(this.#data, this.#text);
  }

  /** Number of courses. */
  get size(): number {
    return this.#data.courses.length;
  }

  /**
   * `false` for the early index {@link BuildAsyncOptions.onColumnsReady} hands out: it answers every
   * query without words, but not text. `true` for every index `build` and `buildAsync` return.
   */
  get textReady(): boolean {
    return this.#text !== undefined;
  }

  /** The course with this id. */
  course(id: string): CourseSummary | undefined {
    const doc = this.#data.docOfId.get(id);
    return doc === undefined ? undefined : this.#data.courses[doc];
  }

  /**
   * Runs one query: the page of results, the total, and the facet counts.
   *
   * A query with words on an index whose {@link CatalogueIndex.textReady} is `false` does not throw
   * and does not guess: it matches nothing (`total` 0, no items, facets showing only the selected
   * values) and carries `textPending: true`, so a finder can say the search is being prepared.
   */
  search(query: CatalogueSearchQuery = {}): CatalogueSearchResult {
    const data = this.#data;
    const today = query.today ?? todayIsoDate();
    const view = data.schedule.view(dayNumber(today));
    const words = tokenize(query.text ?? '');
    const textPending = words.length > 0 && this.#text === undefined;
    const textMatches = words.length > 0 ? this.#text?.search(words, ALL_TEXT_FIELDS, true) : undefined;
    const candidates = textMatches?.docs ?? this.#scratch.allDocs;
    const candidateCount = textPending ? 0 : (textMatches?.count ?? this.size);

    const activeNames = FACET_NAMES.filter((name) => query.facets?.[name]?.length);
    const passesFilters = this.#filtersOf(query, view);
    const fitsBudget = this.#budgetFilterOf(query, view, today);

    // Each facet marks its bit on the courses it rejects. No bit: a result, counted for every facet.
    // Exactly one bit: counted only for that facet, which is what toggling its values would give.
    // Employer policy marks two bits, so the courses it rejects count nowhere.
    const { results, misses } = this.#scratch;
    const docs = candidates.subarray(0, candidateCount);
    const { provider, topic } = data.columns;
    const marks: Array<[FacetColumn, readonly string[] | undefined, number]> = [
      [provider, query.policy?.providers, 3],
      [topic, query.policy?.topics, 3],
      ...activeNames.map((name, f): [FacetColumn, readonly string[] | undefined, number] => [
        this.#column(name, view),
        query.facets![name],
        1 << f,
      ]),
    ];
    misses.fill(0);
    for (const [column, selection, bit] of marks)
      if (selection) column.markMisses(docs, column.maskOf(selection), misses, bit);
    let total = 0;
    let nearStart = results.length;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      const missed = misses[doc]!;
      if (missed & (missed - 1) || (passesFilters && !passesFilters(doc)) || (fitsBudget && !fitsBudget(doc))) continue;
      // Written to both ends and kept at one, without a branch the CPU would mispredict half the time.
      // Both slots are free: the two lists hold fewer than `docs.length` courses so far.
      const near = (missed + 255) >> 8;
      results[total] = doc;
      results[nearStart - 1] = doc;
      total += 1 - near;
      nearStart -= near;
    }

    const facets: Partial<Record<FacetName, FacetCount[]>> = {};
    for (const name of query.facetNames ?? FACET_NAMES) {
      const column = this.#column(name, view);
      const counts = new Uint32Array(column.values.length);
      const f = activeNames.indexOf(name);
      column.countDocs(results.subarray(0, total), counts, misses, 0);
      if (f >= 0) column.countDocs(results.subarray(nearStart), counts, misses, 1 << f);
      facets[name] = facetCounts(name, column, counts, query.facets?.[name]);
    }
    const page = this.#page(query, view, today, total, textMatches?.scores);
    return textPending ? { total, items: page, facets, textPending } : { total, items: page, facets };
  }

  /** Suggestions for a search box: topics and providers first, then course titles (once {@link CatalogueIndex.textReady}). */
  typeahead(prefix: string, limit = 8): TypeaheadSuggestion[] {
    return suggest(this.#data, this.#text, tokenize(prefix), limit, this.#scratch.sortKeys);
  }

  #column(name: FacetName, view: ScheduleView): FacetColumn {
    return name === 'startMonth' ? view.startMonth : this.#data.columns[name];
  }

  /**
   * One predicate for ranges, availability, start dates, certified providers and recognised credentials;
   * `undefined` when the query uses none.
   */
  #filtersOf(query: CatalogueSearchQuery, view: ScheduleView): ((doc: number) => boolean) | undefined {
    const { price, durationHours, certified, schedule, courses } = this.#data;
    const checks: Array<(doc: number) => boolean> = [];
    const priceMin = query.price?.min ?? -Infinity;
    const priceMax = query.price?.max ?? Infinity;
    const hoursMin = Math.max(query.durationHours?.min ?? -Infinity, query.policy?.minHours ?? -Infinity);
    const hoursMax = query.durationHours?.max ?? Infinity;
    if (query.availability) {
      const wanted = query.availability.reduce((bits, bucket) => bits | AVAILABILITY_BIT[bucket], 0);
      checks.push((doc) => (view.availability[doc]! & wanted) !== 0);
    }
    if (query.startDate) {
      const from = Math.max(view.today, query.startDate.from ? dayNumber(query.startDate.from) : -Infinity);
      const to = query.startDate.to ? dayNumber(query.startDate.to) : Infinity;
      checks.push((doc) => schedule.startsBetween(doc, from, to));
    }
    if (query.policy?.certifiedOnly) checks.push((doc) => certified[doc] === 1);
    if (query.recognisedCredential) checks.push((doc) => courses[doc]!.credential?.recognised === true);
    const rangesOpen =
      priceMin === -Infinity && priceMax === Infinity && hoursMin === -Infinity && hoursMax === Infinity;
    if (rangesOpen && checks.length === 0) return undefined;
    return (doc) => {
      const amount = price[doc]!;
      const hours = durationHours[doc]!;
      if (amount < priceMin || amount > priceMax || hours < hoursMin || hours > hoursMax) return false;
      for (const check of checks) if (!check(doc)) return false;
      return true;
    };
  }

  #budgetFilterOf(
    query: CatalogueSearchQuery,
    view: ScheduleView,
    today: string,
  ): ((doc: number) => boolean) | undefined {
    const budget = query.budget;
    if (!budget?.fitsBudget && !budget?.paidBy) return undefined;
    const withinLimit = budget.fitsBudget ? this.#limitFilterOf(budget, view, today) : undefined;
    const paidBy = budget.paidBy;
    const paidByPot = paidBy
      ? (doc: number) => {
          const plan = this.#planOf(doc, budget.pots, view, today);
          return (
            plan.lines.some((line) => line.potId === paidBy) || plan.hours.lines.some((line) => line.potId === paidBy)
          );
        }
      : undefined;
    if (withinLimit && paidByPot) return (doc) => withinLimit(doc) && paidByPot(doc);
    return withinLimit ?? paidByPot;
  }

  /** "Past binnen mijn budget": most courses are settled by the bounds of their own contribution; only the rest are planned. */
  #limitFilterOf(
    budget: NonNullable<CatalogueSearchQuery['budget']>,
    view: ScheduleView,
    today: string,
  ): (doc: number) => boolean {
    const limit = budget.maxOwnContribution ?? 0;
    const moneyLeft = moneyLeftIn(budget.pots);
    const price = this.#data.price;
    const fits = (doc: number) => {
      const { least, most } = ownContributionRange(price[doc]!, moneyLeft);
      if (most <= limit) return true;
      if (least > limit) return false;
      return this.#ownContributionOf(doc, budget.pots, view, today) <= limit;
    };
    const verdicts = this.#plans.verdicts(limit, budget.pots, today, this.size);
    return (doc) => {
      let verdict = verdicts[doc]!;
      if (verdict === 0) verdicts[doc] = verdict = fits(doc) ? 1 : 2;
      return verdict === 1;
    };
  }

  #planOf(
    doc: number,
    pots: NonNullable<CatalogueSearchQuery['budget']>['pots'],
    view: ScheduleView,
    today: string,
  ): FundingPlan {
    return this.#plans.plan(doc, this.#data.courses[doc]!, this.#nextOffering(doc, view), pots, today, this.size);
  }

  #ownContributionOf(
    doc: number,
    pots: NonNullable<CatalogueSearchQuery['budget']>['pots'],
    view: ScheduleView,
    today: string,
  ): number {
    const own = this.#plans.knownOwnContribution(doc, pots, today, this.size);
    return own === own ? own : this.#planOf(doc, pots, view, today).ownContribution;
  }

  #nextOffering(doc: number, view: ScheduleView): Offering | null {
    return this.#data.courses[doc]!.offerings[view.nextOffering[doc]!] ?? null;
  }

  #page(
    query: CatalogueSearchQuery,
    view: ScheduleView,
    today: string,
    total: number,
    scores: Float64Array | undefined,
  ): CatalogueHit[] {
    const { sortKeys: keys, results } = this.#scratch;
    const pots = query.budget?.pots;
    const sort = query.sort ?? 'relevance';
    const { price, durationHours } = this.#data;
    for (let i = 0; i < total; i++) {
      const doc = results[i]!;
      if (sort === 'relevance') keys[doc] = scores ? -scores[doc]! : 0;
      else if (sort === 'price') keys[doc] = price[doc]!;
      else if (sort === 'duration') keys[doc] = durationHours[doc]!;
      else if (sort === 'start-date') keys[doc] = view.nextStartKey[doc]!;
      else keys[doc] = pots ? this.#ownContributionOf(doc, pots, view, today) : price[doc]!;
    }
    const offset = Math.max(0, query.offset ?? 0);
    const limit = Math.max(0, query.limit ?? DEFAULT_PAGE_SIZE);
    return selectTop(results, total, offset + limit, keys)
      .slice(offset)
      .map((doc) => {
        const hit: CatalogueHit = {
          course: this.#data.courses[doc]!,
          score: scores ? scores[doc]! : 0,
          nextOffering: this.#nextOffering(doc, view),
        };
        if (pots) hit.plan = this.#planOf(doc, pots, view, today);
        return hit;
      });
  }
}

function catalogueOrder(size: number): Uint32Array {
  const docs = new Uint32Array(size);
  for (let doc = 0; doc < size; doc++) docs[doc] = doc;
  return docs;
}

/** Values with a count, plus selected ones; by count then label, months in calendar order. */
function facetCounts(
  name: FacetName,
  column: FacetColumn,
  counts: Uint32Array,
  selection: readonly string[] = [],
): FacetCount[] {
  const entries: FacetCount[] = [];
  counts.forEach((count, id) => {
    const value = column.values[id]!;
    if (count > 0 || selection.includes(value)) entries.push({ value, label: column.labels[id]!, count });
  });
  if (name === 'startMonth') return entries.sort((a, b) => (a.value < b.value ? -1 : 1));
  return entries.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
