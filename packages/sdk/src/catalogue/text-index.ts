import { WordScanner, isOneEditApart } from './fold-text.js';
import { GrowableArray, grown } from './growable-array.js';

/** Bit per field a word was found in; a posting stores the union. */
export const TEXT_FIELD = { title: 1, topics: 2, provider: 4, skills: 8, summary: 16 } as const;

/** Every field bit: search them all. */
export const ALL_TEXT_FIELDS = 31;

/** Title hits rank above topic, provider and skill hits, which rank above summary hits. */
const FIELD_WEIGHTS: ReadonlyArray<readonly [bit: number, weight: number]> = [
  [TEXT_FIELD.title, 3],
  [TEXT_FIELD.topics | TEXT_FIELD.provider | TEXT_FIELD.skills, 2],
  [TEXT_FIELD.summary, 1],
];

/** How well a query word matched a term: the whole word beats a prefix, a prefix beats one typo. */
export const MATCH_QUALITY = { exact: 1, prefix: 0.8, typo: 0.6 } as const;

/** Query words shorter than this must match exactly or as a prefix. */
export const TYPO_MIN_LENGTH = 4;

/**
 * Shorter query words (4 letters) have many neighbours one edit away, so they get a typo only when no
 * catalogue word is or starts with them, and never in the first letter: "exel" finds "excel", while
 * "data" stays "data" (not also "date" or "bata"). Measured on the demo data by
 * `pnpm --filter @leerbudget/bench bench:typos`.
 */
export const TYPO_ANYWHERE_LENGTH = 5;

/** The weight of a posting whose fields are `mask`: the best field wins. */
export function fieldWeight(mask: number): number {
  for (const [bits, weight] of FIELD_WEIGHTS) if (mask & bits) return weight;
  return 0;
}

const WEIGHT_BY_MASK = Float64Array.from({ length: 32 }, (_, mask) => fieldWeight(mask));

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Collects the words of each course, one course at a time, in catalogue order. Built for speed on
 * 100k courses: words are looked up straight from the scanner's buffer in an open-addressing table,
 * so only a word never seen before becomes a string, and postings go into flat typed arrays.
 */
export class TextIndexBuilder {
  readonly #scanner = new WordScanner();
  readonly #terms: string[] = [];
  readonly #termHashes: number[] = [];
  /** Term id + 1 per slot (0: empty); a word's first slot comes from its hash. */
  #slots = new Uint32Array(1 << 12);
  #postingTerms: Uint32Array;
  #postingMasks: Uint8Array;
  #postingCount = 0;
  /** Postings of course `d` end at `docEnds[d]`. */
  readonly #docEnds = new GrowableArray(new Uint32Array(1024));
  #maskOfTerm = new Uint8Array(1024);
  readonly #touched: number[] = [];

  /** `expectedDocs` sizes the postings up front (room for 32 distinct words a course), saving most regrowth. */
  constructor(expectedDocs = 0) {
    const capacity = Math.max(1 << 16, expectedDocs * 32);
    this.#postingTerms = new Uint32Array(capacity);
    this.#postingMasks = new Uint8Array(capacity);
  }

  /** Adds the words of `text`, found in `field` (a {@link TEXT_FIELD} bit), to the current course. */
  addText(text: string, field: number): void {
    const scanner = this.#scanner;
    const count = scanner.scan(text);
    let start = 0;
    for (let w = 0; w < count; w++) {
      const end = scanner.ends[w]!;
      const term = this.#termId(w, start, end);
      if (this.#maskOfTerm[term] === 0) this.#touched.push(term);
      this.#maskOfTerm[term]! |= field;
      start = end;
    }
  }

  /** Closes the current course: one posting per distinct word. */
  endDocument(): void {
    const count = this.#touched.length;
    const at = this.#postingCount;
    if (at + count > this.#postingTerms.length) {
      this.#postingTerms = grown(this.#postingTerms, at + count);
      this.#postingMasks = grown(this.#postingMasks, at + count);
    }
    for (let i = 0; i < count; i++) {
      const term = this.#touched[i]!;
      this.#postingTerms[at + i] = term;
      this.#postingMasks[at + i] = this.#maskOfTerm[term]!;
      this.#maskOfTerm[term] = 0;
    }
    this.#postingCount = at + count;
    this.#touched.length = 0;
    this.#docEnds.push(this.#postingCount);
  }

  /** Sorts the terms and lays the postings out per term (a counting sort), doc ids ascending. */
  finish(): TextIndex {
    const termCount = this.#terms.length;
    const sortedIds = Uint32Array.from(this.#terms.keys()).sort((a, b) => (this.#terms[a]! < this.#terms[b]! ? -1 : 1));
    const rank = new Uint32Array(termCount);
    sortedIds.forEach((id, position) => (rank[id] = position));
    const postingCount = this.#postingCount;
    const postingTerms = this.#postingTerms;
    const postingMasks = this.#postingMasks;
    const offsets = new Uint32Array(termCount + 1);
    for (let p = 0; p < postingCount; p++) offsets[rank[postingTerms[p]!]! + 1]!++;
    for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
    const cursor = offsets.slice(0, termCount);
    const docs = new Uint32Array(postingCount);
    const masks = new Uint8Array(postingCount);
    const docEnds = this.#docEnds.items;
    const docCount = this.#docEnds.length;
    for (let doc = 0, p = 0; doc < docCount; doc++) {
      for (const end = docEnds[doc]!; p < end; p++) {
        const at = cursor[rank[postingTerms[p]!]!]!++;
        docs[at] = doc;
        masks[at] = postingMasks[p]!;
      }
    }
    const terms = Array.from(sortedIds, (id) => this.#terms[id]!);
    return new TextIndex(terms, offsets, docs, masks, docCount);
  }

  /** The id of word `w` of the last scan, `codes[start .. end)`; a new word gets the next id. */
  #termId(w: number, start: number, end: number): number {
    const codes = this.#scanner.codes;
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ codes[i]!, FNV_PRIME);
    hash >>>= 0;
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot]!;
      if (entry === 0) return this.#addTerm(this.#scanner.word(w), hash, slot);
      if (this.#termHashes[entry - 1] === hash && sameWord(this.#terms[entry - 1]!, codes, start, end))
        return entry - 1;
    }
  }

  #addTerm(word: string, hash: number, slot: number): number {
    const id = this.#terms.length;
    this.#terms.push(word);
    this.#termHashes.push(hash);
    this.#slots[slot] = id + 1;
    this.#maskOfTerm = grown(this.#maskOfTerm, id + 1);
    // Half full at most, so probe runs stay short.
    if (this.#terms.length * 2 > this.#slots.length) this.#rehash(this.#slots.length * 2);
    return id;
  }

  #rehash(size: number): void {
    const slots = new Uint32Array(size);
    this.#termHashes.forEach((hash, id) => {
      let slot = hash & (size - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = id + 1;
    });
    this.#slots = slots;
  }
}

function sameWord(term: string, codes: Uint16Array, start: number, end: number): boolean {
  if (term.length !== end - start) return false;
  for (let i = 0; i < term.length; i++) if (term.charCodeAt(i) !== codes[start + i]) return false;
  return true;
}

/** The courses matching every query word, with their scores; valid until the next search. */
export interface TextMatches {
  docs: Uint32Array;
  count: number;
  scores: Float64Array;
}

/**
 * Inverted index: a sorted term dictionary with postings (doc ids ascending, field bits).
 * Prefix lookups are a binary search, and the postings of all terms sharing a prefix are one slice.
 */
export class TextIndex {
  readonly #lengthOrder: Uint32Array;
  readonly #lengthStart: Uint32Array;
  readonly #tokenBest: Float64Array;
  readonly #matched: Uint16Array;
  readonly #matches: TextMatches;

  constructor(
    readonly terms: readonly string[],
    readonly offsets: Uint32Array,
    readonly docs: Uint32Array,
    readonly masks: Uint8Array,
    docCount: number,
  ) {
    const longest = terms.reduce((max, term) => Math.max(max, term.length), 0);
    this.#lengthStart = new Uint32Array(longest + 3);
    for (const term of terms) this.#lengthStart[term.length + 1]!++;
    for (let length = 1; length < this.#lengthStart.length; length++)
      this.#lengthStart[length]! += this.#lengthStart[length - 1]!;
    const cursor = this.#lengthStart.slice();
    this.#lengthOrder = new Uint32Array(terms.length);
    terms.forEach((term, id) => (this.#lengthOrder[cursor[term.length]!++] = id));
    this.#tokenBest = new Float64Array(docCount);
    this.#matched = new Uint16Array(docCount);
    this.#matches = { docs: new Uint32Array(docCount), count: 0, scores: new Float64Array(docCount) };
  }

  /** Term ids `[from, to)` of the terms starting with `prefix`. */
  prefixRange(prefix: string): [from: number, to: number] {
    return [this.#lowerBound(prefix), this.#lowerBound(prefix + '\uffff')];
  }

  /**
   * Courses where every word matches a term in one of `fields`: exactly, as a prefix, or (when `typos`)
   * one edit apart (a 4-letter word only when no term starts with it). A course scores, per word, its best
   * field weight times match quality, summed over words.
   */
  search(words: readonly string[], fields: number, typos: boolean): TextMatches {
    const matches = this.#matches;
    matches.count = 0;
    words.forEach((word, index) => {
      this.#forEachMatch(word, typos, (from, to, quality) => this.#visitPostings(from, to, quality, fields, index));
      this.#keepCoursesMatching(index);
    });
    for (let i = 0; i < matches.count; i++) this.#matched[matches.docs[i]!] = 0;
    return matches;
  }

  #forEachMatch(word: string, typos: boolean, visit: (from: number, to: number, quality: number) => void): void {
    const [from, to] = this.prefixRange(word);
    let prefixFrom = from;
    if (from < to && this.terms[from] === word) {
      visit(from, from + 1, MATCH_QUALITY.exact);
      prefixFrom++;
    }
    if (prefixFrom < to) visit(prefixFrom, to, MATCH_QUALITY.prefix);
    if (!typos || word.length < TYPO_MIN_LENGTH) return;
    if (word.length < TYPO_ANYWHERE_LENGTH && from < to) return;
    // A short word's typo is never in its first letter (see TYPO_ANYWHERE_LENGTH); -1: any first letter.
    const first = word.length < TYPO_ANYWHERE_LENGTH ? word.charCodeAt(0) : -1;
    const longest = this.#lengthStart.length - 1;
    const end = this.#lengthStart[Math.min(word.length + 2, longest)]!;
    for (let i = this.#lengthStart[Math.min(word.length - 1, longest)]!; i < end; i++) {
      const term = this.#lengthOrder[i]!;
      if (term >= from && term < to) continue;
      const text = this.terms[term]!;
      if ((first === -1 || text.charCodeAt(0) === first) && isOneEditApart(word, text))
        visit(term, term + 1, MATCH_QUALITY.typo);
    }
  }

  /** Marks, for word number `index`, the best weight each course reached; `matched` counts words per course. */
  #visitPostings(from: number, to: number, quality: number, fields: number, index: number): void {
    const { docs, masks, offsets } = this;
    const matched = this.#matched;
    const best = this.#tokenBest;
    for (let p = offsets[from]!, end = offsets[to]!; p < end; p++) {
      const mask = masks[p]! & fields;
      if (mask === 0) continue;
      const doc = docs[p]!;
      const weight = WEIGHT_BY_MASK[mask]! * quality;
      const seen = matched[doc]!;
      if (seen === index) {
        matched[doc] = index + 1;
        best[doc] = weight;
        if (index === 0) this.#matches.docs[this.#matches.count++] = doc;
      } else if (seen === index + 1 && weight > best[doc]!) {
        best[doc] = weight;
      }
    }
  }

  /** Drops courses that missed word number `index` and adds that word's best weight to the rest. */
  #keepCoursesMatching(index: number): void {
    const matches = this.#matches;
    const { docs, scores } = matches;
    let kept = 0;
    for (let i = 0; i < matches.count; i++) {
      const doc = docs[i]!;
      if (this.#matched[doc] !== index + 1) {
        this.#matched[doc] = 0;
        continue;
      }
      scores[doc] = (index === 0 ? 0 : scores[doc]!) + this.#tokenBest[doc]!;
      docs[kept++] = doc;
    }
    matches.count = kept;
  }

  #lowerBound(key: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.terms[mid]! < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
