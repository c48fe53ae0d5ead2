import { grown } from './growable-array.js';

const COMBINING_MARKS = /\p{M}/gu;
const NOT_WORD_CHARACTERS = /[^\p{L}\p{N}]/gu;
const SPACE = 32;

/** Folded form of each non-ASCII code point seen so far; a space stands for "separates words". */
const foldedCodePoints = new Map<number, string>();

/**
 * One code point folded for matching: diacritics removed, lower case, and everything that is not a
 * letter or digit turned into a space. Final sigma folds like sigma, so case never depends on position.
 */
function foldCodePoint(point: number): string {
  let folded = foldedCodePoints.get(point);
  if (folded === undefined) {
    folded = String.fromCodePoint(point)
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .toLowerCase()
      .replace(NOT_WORD_CHARACTERS, ' ')
      .replace('ς', 'σ');
    foldedCodePoints.set(point, folded);
  }
  return folded;
}

/**
 * Splits text into folded words (diacritics removed, lower case, letters and digits only) without
 * making a string per word: building an index scans millions of words, and most are already known.
 * Indexing and queries both fold through this class, so they always agree on what a word is.
 */
export class WordScanner {
  /** The folded letters of the last scanned text's words, back to back. */
  codes = new Uint16Array(256);
  /** Word `i` is `codes[ends[i - 1] ?? 0 .. ends[i])`. */
  ends = new Uint32Array(64);
  #length = 0;
  #count = 0;
  #wordStart = 0;

  /** Folds `text` into `codes` and `ends`; returns the number of words. */
  scan(text: string): number {
    this.#length = 0;
    this.#count = 0;
    this.#wordStart = 0;
    // Room for every unit of the text; only a code point that folds longer needs more (see #appendFolded).
    if (text.length > this.codes.length) this.codes = grown(this.codes, text.length);
    let codes = this.codes;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 128) {
        if (code >= 65 && code <= 90) code += 32;
        if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) codes[this.#length++] = code;
        else this.#endWord();
        continue;
      }
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      this.#appendFolded(foldCodePoint(point), text.length - i - 1);
      codes = this.codes;
    }
    this.#endWord();
    return this.#count;
  }

  /** Word `i` of the last scan as a string. */
  word(i: number): string {
    let word = '';
    // In slices: a 10,000-letter "word" must not hit the engine's limit on arguments.
    for (let from = i === 0 ? 0 : this.ends[i - 1]!, end = this.ends[i]!; from < end; from += 4096) {
      word += String.fromCharCode(...this.codes.subarray(from, Math.min(end, from + 4096)));
    }
    return word;
  }

  /** Appends a folded code point, keeping room for the `rest` of the text as the ASCII path assumes. */
  #appendFolded(folded: string, rest: number): void {
    this.codes = grown(this.codes, this.#length + folded.length + rest);
    for (let j = 0; j < folded.length; j++) {
      const code = folded.charCodeAt(j);
      if (code === SPACE) this.#endWord();
      else this.codes[this.#length++] = code;
    }
  }

  #endWord(): void {
    if (this.#length === this.#wordStart) return;
    if (this.#count === this.ends.length) this.ends = grown(this.ends, this.#count + 1);
    this.ends[this.#count++] = this.#length;
    this.#wordStart = this.#length;
  }
}

const queryScanner = new WordScanner();

/** Splits text into folded words: "Één Excel-cursus" gives `['een', 'excel', 'cursus']`. */
export function tokenize(text: string): string[] {
  const count = queryScanner.scan(text);
  return Array.from({ length: count }, (_, i) => queryScanner.word(i));
}

/**
 * True when `a` becomes `b` by exactly one insertion, deletion, substitution or swap of
 * two neighbouring letters. Allocation-free and bails out early: it runs over many terms per keystroke.
 */
export function isOneEditApart(a: string, b: string): boolean {
  const lengthGap = a.length - b.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  const shorter = lengthGap < 0 ? a : b;
  const longer = lengthGap < 0 ? b : a;
  let at = 0;
  while (at < shorter.length && shorter.charCodeAt(at) === longer.charCodeAt(at)) at++;
  if (lengthGap !== 0) return tailsEqual(shorter, at, longer, at + 1);
  if (at === a.length) return false;
  if (tailsEqual(a, at + 1, b, at + 1)) return true;
  return (
    a.charCodeAt(at) === b.charCodeAt(at + 1) &&
    a.charCodeAt(at + 1) === b.charCodeAt(at) &&
    tailsEqual(a, at + 2, b, at + 2)
  );
}

function tailsEqual(a: string, aFrom: number, b: string, bFrom: number): boolean {
  if (a.length - aFrom !== b.length - bFrom) return false;
  for (let i = aFrom, j = bFrom; i < a.length; i++, j++) {
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  }
  return true;
}
