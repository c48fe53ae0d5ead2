import type { CatalogueData } from './catalogue-data.js';
import type { FacetColumn } from './facet-column.js';
import { tokenize } from './fold-text.js';
import { selectTop } from './select-top.js';
import { TEXT_FIELD, type TextIndex } from './text-index.js';
import type { TypeaheadSuggestion } from './types.js';

const labelWordsCache = new WeakMap<FacetColumn, string[][]>();

/**
 * Suggestions for the words typed so far (every word a prefix of some word of the suggestion):
 * matching topics and providers first, at most a quarter of `limit` each, then course titles by relevance
 * (none while `text` is not built yet). `sortKeys` is scratch space indexed by doc id.
 */
export function suggest(
  data: CatalogueData,
  text: TextIndex | undefined,
  words: readonly string[],
  limit: number,
  sortKeys: Float64Array,
): TypeaheadSuggestion[] {
  if (words.length === 0 || limit <= 0) return [];
  const perFacet = Math.max(1, Math.floor(limit / 4));
  const suggestions = [
    ...matchingLabels(data.columns.topic, words, perFacet).map((id) =>
      facetSuggestion('topic', data.columns.topic, id),
    ),
    ...matchingLabels(data.columns.provider, words, perFacet).map((id) =>
      facetSuggestion('provider', data.columns.provider, id),
    ),
  ];
  if (!text) return suggestions.slice(0, limit);
  const titles = text.search(words, TEXT_FIELD.title, false);
  for (let i = 0; i < titles.count; i++) sortKeys[titles.docs[i]!] = -titles.scores[titles.docs[i]!]!;
  const seenTitles = new Set<string>();
  for (const doc of selectTop(titles.docs, titles.count, limit * 2, sortKeys)) {
    const course = data.courses[doc]!;
    if (suggestions.length >= limit) break;
    if (seenTitles.has(course.title)) continue;
    seenTitles.add(course.title);
    suggestions.push({ kind: 'title', value: course.id, label: course.title });
  }
  return suggestions.slice(0, limit);
}

function facetSuggestion(kind: 'topic' | 'provider', column: FacetColumn, id: number): TypeaheadSuggestion {
  return { kind, value: column.values[id]!, label: column.labels[id]! };
}

/** Value ids whose label matches every word as a prefix; labels starting with the first word first. */
function matchingLabels(column: FacetColumn, words: readonly string[], limit: number): number[] {
  const labelWords = labelWordsOf(column);
  const matching: number[] = [];
  labelWords.forEach((label, id) => {
    if (words.every((word) => label.some((labelWord) => labelWord.startsWith(word)))) matching.push(id);
  });
  const startsWithFirst = (id: number) => (labelWords[id]![0]?.startsWith(words[0]!) ? 0 : 1);
  return matching
    .sort((a, b) => startsWithFirst(a) - startsWithFirst(b) || (column.labels[a]! < column.labels[b]! ? -1 : 1))
    .slice(0, limit);
}

function labelWordsOf(column: FacetColumn): string[][] {
  let labelWords = labelWordsCache.get(column);
  if (!labelWords) {
    labelWords = column.labels.map((label) => tokenize(label));
    labelWordsCache.set(column, labelWords);
  }
  return labelWords;
}
