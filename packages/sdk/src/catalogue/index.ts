/**
 * The client-side catalogue engine: full-text search, facet counts, ranges and budget-aware
 * filtering over a catalogue snapshot, with no network and no DOM.
 * @module
 */
export { CatalogueIndex, type BuildAsyncOptions } from './catalogue-index.js';
export { FACET_NAMES } from './types.js';
export type { ColumnSnapshot, IndexSnapshot } from './index-snapshot.js';
export type {
  AvailabilityBucket,
  CatalogueHit,
  CatalogueSearchQuery,
  CatalogueSearchResult,
  CatalogueSort,
  FacetCount,
  FacetName,
  NumericRange,
  TypeaheadSuggestion,
} from './types.js';
