const ASCII_ONLY = /^[\x00-\x7f]*$/;
const COMBINING_MARKS = /\p{M}/gu;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Folds text for matching: diacritics removed and lower case, so "Één" and "een" are equal.
 * ASCII text skips Unicode normalisation, which is most of the catalogue and the costly part of a build.
 */
export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Splits text into folded words: letters and digits only, every other character separates. */
export function tokenize(text: string): string[] {
  // A hand-rolled scan for ASCII text (most of a catalogue, and the bulk of build time); the first
  // non-ASCII character hands the whole text to the Unicode path.
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 128) return foldText(text).split(WORD_SEPARATORS).filter((word) => word !== '');
    const isWordCharacter = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWordCharacter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
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
  return a.charCodeAt(at) === b.charCodeAt(at + 1) && a.charCodeAt(at + 1) === b.charCodeAt(at) && tailsEqual(a, at + 2, b, at + 2);
}

function tailsEqual(a: string, aFrom: number, b: string, bFrom: number): boolean {
  if (a.length - aFrom !== b.length - bFrom) return false;
  for (let i = aFrom, j = bFrom; i < a.length; i++, j++) {
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  }
  return true;
}
