import { str } from '@lit/localize';
import { createMsg } from '../../localization/msg.js';

// This group's English (scripts/split-locales.mjs) loads only when one of its widgets renders in English.
const msg = createMsg({ en: () => import('../../generated/finder/en.js') });

/** The finder's copy, in plain B1 Dutch (source) with English translations in `xliff/en.xlf`. */
export const finderMessages = {
  searchLabel: () => msg('Zoek een cursus', { id: 'finder.search-label' }),
  searchHint: () =>
    msg('Typ een woord, zoals Excel of zorg. Kies een voorstel met de pijltjes en Enter.', {
      id: 'finder.search-hint',
    }),
  suggestions: () => msg('Voorstellen', { id: 'finder.suggestions' }),
  suggestionTopic: (label: string) => msg(str`Onderwerp: ${label}`, { id: 'finder.suggestion-topic' }),
  suggestionProvider: (label: string) => msg(str`Opleider: ${label}`, { id: 'finder.suggestion-provider' }),
  filters: () => msg('Filters', { id: 'finder.filters' }),
  filtersToggle: (count: string) => msg(str`Filters (${count})`, { id: 'finder.filters-toggle' }),
  skipToResults: (count: string) => msg(str`Naar de resultaten (${count})`, { id: 'finder.skip-to-results' }),
  clearFilters: () => msg('Wis alle filters', { id: 'finder.clear-filters' }),
  showAll: (count: string) => msg(str`Toon alle ${count}`, { id: 'finder.show-all' }),
  showFewer: () => msg('Toon minder', { id: 'finder.show-fewer' }),
  facetTopic: () => msg('Onderwerp', { id: 'finder.facet.topic' }),
  facetFormat: () => msg('Vorm', { id: 'finder.facet.format' }),
  facetLanguage: () => msg('Taal', { id: 'finder.facet.language' }),
  facetLevel: () => msg('Niveau', { id: 'finder.facet.level' }),
  facetProvider: () => msg('Opleider', { id: 'finder.facet.provider' }),
  facetCity: () => msg('Plaats', { id: 'finder.facet.city' }),
  facetStartMonth: () => msg('Startmaand', { id: 'finder.facet.start-month' }),
  availability: () => msg('Wanneer kun je beginnen?', { id: 'finder.availability' }),
  availabilitySoon: () => msg('Binnen 30 dagen', { id: 'finder.availability.soon' }),
  availabilityLater: () => msg('Later', { id: 'finder.availability.later' }),
  availabilitySelfPaced: () => msg('Wanneer je wilt', { id: 'finder.availability.self-paced' }),
  startFrom: () => msg('Start vanaf', { id: 'finder.start-date.from' }),
  startTo: () => msg('Start uiterlijk', { id: 'finder.start-date.to' }),
  startRangeError: () => msg('Start uiterlijk ligt voor Start vanaf.', { id: 'finder.start-date.error' }),
  startRangeErrorNext: () =>
    msg('Kies een latere datum, of maak een veld leeg.', { id: 'finder.start-date.error.next' }),
  price: () => msg('Prijs in euro', { id: 'finder.price' }),
  duration: () => msg('Duur in uren', { id: 'finder.duration' }),
  from: () => msg('Van', { id: 'finder.range.from' }),
  to: () => msg('Tot en met', { id: 'finder.range.to' }),
  fitsBudget: () => msg('Past binnen mijn budget', { id: 'finder.fits-budget' }),
  recognisedOnly: () => msg('Met erkend diploma of certificaat', { id: 'finder.recognised' }),
  schemePrice: (scheme: string, amount: string) =>
    msg(str`Met het ${scheme} betaal je ${amount}.`, { id: 'finder.scheme-price' }),
  fitsBudgetHint: () =>
    msg('Toon alleen cursussen die je budgetten helemaal betalen.', { id: 'finder.fits-budget-hint' }),
  policyMinHours: (hours: string) =>
    msg(str`Je werkgever toont alleen cursussen van minstens ${hours}.`, { id: 'finder.policy.min-hours' }),
  policyCertified: () =>
    msg('Je werkgever toont alleen opleiders met een keurmerk.', { id: 'finder.policy.certified' }),
  policyTopics: (topics: string) =>
    msg(str`Je werkgever toont alleen cursussen over ${topics}.`, { id: 'finder.policy.topics' }),
  sort: () => msg('Sorteer op', { id: 'finder.sort' }),
  sortRelevance: () => msg('Past het best', { id: 'finder.sort.relevance' }),
  sortPrice: () => msg('Laagste prijs', { id: 'finder.sort.price' }),
  sortOwn: () => msg('Laagste eigen bijdrage', { id: 'finder.sort.own' }),
  sortStart: () => msg('Start het eerst', { id: 'finder.sort.start' }),
  sortDuration: () => msg('Kortste duur', { id: 'finder.sort.duration' }),
  count: (count: number, formatted: string) =>
    count === 1
      ? msg('1 cursus gevonden', { id: 'finder.count.one' })
      : msg(str`${formatted} cursussen gevonden`, { id: 'finder.count' }),
  preparing: () => msg('Een moment. We maken het zoeken klaar.', { id: 'finder.preparing' }),
  loading: () => msg('Even geduld. We halen de cursussen op.', { id: 'finder.loading' }),
  noResults: () => msg('We vinden geen cursussen.', { id: 'finder.no-results' }),
  noResultsNext: () => msg('Haal een paar filters weg of zoek op een ander woord.', { id: 'finder.no-results.next' }),
  emptyCatalogue: () => msg('Er staan nu geen cursussen in de lijst.', { id: 'finder.empty-catalogue' }),
  emptyCatalogueNext: () =>
    msg('Kijk later nog eens. Of vraag HR welke cursussen er komen.', { id: 'finder.empty-catalogue.next' }),
  showMore: (count: string) => msg(str`Toon meer (nog ${count})`, { id: 'finder.show-more' }),
  by: (provider: string) => msg(str`Opleider: ${provider}`, { id: 'finder.by' }),
  certified: (marks: string) => msg(str`Keurmerk: ${marks}`, { id: 'finder.certified' }),
  cardDuration: (hours: string) => msg(str`Duur: ${hours}`, { id: 'finder.card.duration' }),
  languages: (languages: string) => msg(str`Taal: ${languages}`, { id: 'finder.card.languages' }),
  startOn: (date: string) => msg(str`Start: ${date}`, { id: 'finder.card.start' }),
  startOnIn: (date: string, city: string) => msg(str`Start: ${date} in ${city}`, { id: 'finder.card.start-in' }),
  startAnyTime: () => msg('Start: wanneer je wilt', { id: 'finder.card.start-any-time' }),
  noStart: () => msg('Nog geen startdatum bekend', { id: 'finder.card.no-start' }),
  priceInclVat: (price: string) => msg(str`Prijs: ${price}, met btw`, { id: 'finder.card.price-incl' }),
  priceExclVat: (price: string) => msg(str`Prijs: ${price}, zonder btw`, { id: 'finder.card.price-excl' }),
  planLine: (amount: string, pot: string) => msg(str`${pot} betaalt ${amount}.`, { id: 'finder.plan.line' }),
  planOwnAmount: (own: string) => msg(str`Jij betaalt ${own}.`, { id: 'finder.plan.pays' }),
  planNothing: () => msg('Je budgetten betalen niets voor deze cursus.', { id: 'finder.plan.nothing' }),
  planVatIncluded: () => msg('Alle bedragen zijn met btw.', { id: 'finder.plan.vat-included' }),
  planVatExcluded: () =>
    msg('Alle bedragen zijn zonder btw. Vraag de opleider of er btw bij komt.', { id: 'finder.plan.vat-excluded' }),
  planCovered: () => msg('Je budget betaalt alles', { id: 'finder.plan.covered' }),
  planOwn: () => msg('Je betaalt zelf een deel', { id: 'finder.plan.own' }),
  planWhyNot: () => msg('Waarom betaalt een budget niet?', { id: 'finder.plan.why-not' }),
  planApproval: () => msg('Vraag eerst toestemming.', { id: 'finder.plan.approval' }),
  planApprovalBy: (approver: string) =>
    msg(str`Vraag eerst toestemming aan ${approver}.`, { id: 'finder.plan.approval-by' }),
  budgetUnavailable: () =>
    msg('We kunnen je budget nu niet ophalen. De prijzen zijn zonder je budget.', {
      id: 'finder.budget-unavailable',
    }),
  budgetUnavailableNext: () =>
    msg('Probeer het zo opnieuw. Dan zie je wat je zelf betaalt.', { id: 'finder.budget-unavailable.next' }),
  choose: () => msg('Kies deze cursus', { id: 'finder.choose' }),
  moreInfo: () => msg('Meer informatie', { id: 'finder.more-info' }),
  formatOnline: () => msg('Online', { id: 'finder.format.online' }),
  formatClassroom: () => msg('In een lokaal', { id: 'finder.format.classroom' }),
  formatBlended: () => msg('Online en in een lokaal', { id: 'finder.format.blended' }),
  formatSelfPaced: () => msg('In je eigen tempo', { id: 'finder.format.self-paced' }),
  formatWorkplace: () => msg('Op je werk', { id: 'finder.format.workplace' }),
  levelBeginner: () => msg('Beginner', { id: 'finder.level.beginner' }),
  levelIntermediate: () => msg('Met enige ervaring', { id: 'finder.level.intermediate' }),
  levelAdvanced: () => msg('Gevorderd', { id: 'finder.level.advanced' }),
  other: () => msg('Anders', { id: 'finder.other' }),
  paidBy: (pot: string) => msg(str`Je ziet alleen cursussen die ${pot} nog betaalt.`, { id: 'finder.paid-by' }),
  allCourses: () => msg('Toon alle cursussen', { id: 'finder.all-courses' }),
};
