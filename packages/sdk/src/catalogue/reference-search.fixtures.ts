/**
 * A brute-force search that reads every course for every query, written from the documented rules
 * rather than from the index, to check the index against. This file holds no tests of its own.
 */
import type { CourseSummary } from '@leerbudget/contract';
import { planFunding } from '../funding/index.js';
import { dayNumber } from '@leerbudget/funding';
import { isOneEditApart, tokenize } from './fold-text.js';
import { MATCH_QUALITY, TYPO_ANYWHERE_LENGTH, TYPO_MIN_LENGTH, fieldWeight, TEXT_FIELD } from './text-index.js';
import { FACET_NAMES, type CatalogueSearchQuery, type FacetCount, type FacetName } from './types.js';

/** What the reference returns: every matching course id in order, and the facet counts. */
export interface ReferenceResult {
  ids: string[];
  facets: Partial<Record<FacetName, FacetCount[]>>;
}

function upcoming(course: CourseSummary, today: string) {
  return course.offerings.filter((offering) => offering.start !== null && offering.start >= today);
}

function nextOffering(course: CourseSummary, today: string) {
  const dated = upcoming(course, today).reduce<CourseSummary['offerings'][number] | null>(
    (best, offering) => (best === null || offering.start! < best.start! ? offering : best),
    null,
  );
  return dated ?? course.offerings.find((offering) => offering.start === null) ?? null;
}

function facetValues(course: CourseSummary, name: FacetName, today: string): string[] {
  switch (name) {
    case 'topic':
      return course.topics;
    case 'format':
      return [course.format];
    case 'language':
      return course.languages;
    case 'level':
      return [course.level];
    case 'provider':
      return [course.provider.id];
    case 'city':
      return course.offerings.flatMap((offering) => (offering.location ? [offering.location.city] : []));
    case 'startMonth':
      return upcoming(course, today).map((offering) => offering.start!.slice(0, 7));
  }
}

/** Every value the catalogue has for a facet, with its label (the first seen). */
function facetDictionary(courses: readonly CourseSummary[], name: FacetName): Map<string, string> {
  const labels = new Map<string, string>();
  for (const course of courses) {
    const values =
      name === 'startMonth'
        ? course.offerings.flatMap((offering) => (offering.start ? [offering.start.slice(0, 7)] : []))
        : facetValues(course, name, '');
    for (const value of values)
      if (!labels.has(value)) labels.set(value, name === 'provider' ? course.provider.name : value);
  }
  return labels;
}

function textFields(course: CourseSummary): Array<[string, number]> {
  return [
    [course.title, TEXT_FIELD.title],
    [course.provider.name, TEXT_FIELD.provider],
    ...course.topics.map((topic): [string, number] => [topic, TEXT_FIELD.topics]),
    ...course.skills.map((skill): [string, number] => [skill.label, TEXT_FIELD.skills]),
    [course.summary, TEXT_FIELD.summary],
  ];
}

/**
 * The documented typo rule: one edit in words of 4+ letters; a 4-letter word not in its first letter,
 * and only when no word of the whole catalogue is or starts with it.
 */
function typoRule(courses: readonly CourseSummary[]): (word: string, term: string) => boolean {
  const known = new Map<string, boolean>();
  const isKnown = (word: string) =>
    courses.some((course) => textFields(course).some(([text]) => tokenize(text).some((term) => term.startsWith(word))));
  return (word, term) => {
    if (word.length < TYPO_MIN_LENGTH) return false;
    if (word.length < TYPO_ANYWHERE_LENGTH) {
      if (word[0] !== term[0]) return false;
      if (!known.has(word)) known.set(word, isKnown(word));
      if (known.get(word)) return false;
    }
    return isOneEditApart(word, term);
  };
}

function textScore(
  course: CourseSummary,
  words: readonly string[],
  isTypo: (word: string, term: string) => boolean,
): number {
  const fields = textFields(course);
  let score = 0;
  for (const word of words) {
    let best = 0;
    for (const [text, field] of fields) {
      for (const term of tokenize(text)) {
        const quality =
          term === word
            ? MATCH_QUALITY.exact
            : term.startsWith(word)
              ? MATCH_QUALITY.prefix
              : isTypo(word, term)
                ? MATCH_QUALITY.typo
                : 0;
        best = Math.max(best, quality * fieldWeight(field));
      }
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

function availabilityOf(course: CourseSummary, today: string): Set<string> {
  const buckets = new Set<string>();
  for (const offering of course.offerings) {
    if (offering.start === null) buckets.add('self-paced');
    else if (offering.start >= today)
      buckets.add(dayNumber(offering.start) - dayNumber(today) <= 30 ? 'within-30-days' : 'later');
  }
  return buckets;
}

/** Runs `query` over `courses` the slow, obvious way. `today` must be set in the query. */
export function referenceSearch(
  courses: readonly CourseSummary[],
  query: CatalogueSearchQuery & { today: string },
): ReferenceResult {
  const today = query.today;
  const words = tokenize(query.text ?? '');
  const isTypo = typoRule(courses);
  const rows = courses.map((course, doc) => ({
    course,
    doc,
    score: words.length ? textScore(course, words, isTypo) : 0,
    plan: query.budget ? planFunding(course, nextOffering(course, today), query.budget.pots, { today }) : undefined,
  }));
  const passesOthers = (row: (typeof rows)[number]) => {
    const { course } = row;
    if (words.length && row.score === 0) return false;
    if (query.price?.min !== undefined && course.price.amount < query.price.min) return false;
    if (query.price?.max !== undefined && course.price.amount > query.price.max) return false;
    if (query.durationHours?.min !== undefined && course.durationHours < query.durationHours.min) return false;
    if (query.durationHours?.max !== undefined && course.durationHours > query.durationHours.max) return false;
    if (query.availability && !query.availability.some((bucket) => availabilityOf(course, today).has(bucket)))
      return false;
    if (query.startDate) {
      const { from = today, to = '9999-12-31' } = query.startDate;
      if (!upcoming(course, today).some((offering) => offering.start! >= from && offering.start! <= to)) return false;
    }
    const policy = query.policy;
    if (policy?.minHours !== undefined && course.durationHours < policy.minHours) return false;
    if (policy?.certifiedOnly && course.provider.certifications.length === 0) return false;
    if (policy?.providers && !policy.providers.includes(course.provider.id)) return false;
    if (policy?.topics && !course.topics.some((topic) => policy.topics!.includes(topic))) return false;
    if (query.budget?.fitsBudget && row.plan!.ownContribution > (query.budget.maxOwnContribution ?? 0)) return false;
    const paidBy = query.budget?.paidBy;
    if (paidBy && ![...row.plan!.lines, ...row.plan!.hours.lines].some((line) => line.potId === paidBy)) return false;
    return true;
  };
  const passesFacet = (course: CourseSummary, name: FacetName) => {
    const selection = query.facets?.[name];
    return !selection?.length || facetValues(course, name, today).some((value) => selection.includes(value));
  };
  const candidates = rows.filter(passesOthers);
  const results = candidates.filter((row) => FACET_NAMES.every((name) => passesFacet(row.course, name)));

  const sortKey = (row: (typeof rows)[number]): number => {
    switch (query.sort ?? 'relevance') {
      case 'relevance':
        return -row.score;
      case 'price':
        return row.course.price.amount;
      case 'duration':
        return row.course.durationHours;
      case 'own-contribution':
        return row.plan ? row.plan.ownContribution : row.course.price.amount;
      case 'start-date': {
        const next = nextOffering(row.course, today);
        return next === null ? Infinity : next.start === null ? dayNumber(today) : dayNumber(next.start);
      }
    }
  };
  results.sort((a, b) => sortKey(a) - sortKey(b) || a.doc - b.doc);

  const facets: Partial<Record<FacetName, FacetCount[]>> = {};
  for (const name of query.facetNames ?? FACET_NAMES) {
    const counts = new Map<string, number>();
    for (const row of candidates) {
      if (!FACET_NAMES.every((other) => other === name || passesFacet(row.course, other))) continue;
      for (const value of new Set(facetValues(row.course, name, today)))
        counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const selection = query.facets?.[name] ?? [];
    const entries = [...facetDictionary(courses, name)]
      .map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }))
      .filter((entry) => entry.count > 0 || selection.includes(entry.value));
    facets[name] =
      name === 'startMonth'
        ? entries.sort((a, b) => (a.value < b.value ? -1 : 1))
        : entries.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }
  return { ids: results.map((row) => row.course.id), facets };
}
