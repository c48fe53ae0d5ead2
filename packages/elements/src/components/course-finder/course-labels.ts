import type { FacetName } from '@leerbudget/sdk';
import { formatLanguage, formatMonth } from '../../formatting/intl-format.js';
import type { Locale } from '../../localization/locale.js';
import { finderMessages as t } from './course-finder.messages.js';

const FORMAT_LABELS: Record<string, () => string> = {
  online: t.formatOnline,
  classroom: t.formatClassroom,
  blended: t.formatBlended,
  'self-paced': t.formatSelfPaced,
  workplace: t.formatWorkplace,
};

const LEVEL_LABELS: Record<string, () => string> = {
  beginner: t.levelBeginner,
  intermediate: t.levelIntermediate,
  advanced: t.levelAdvanced,
};

/** A course format in words; formats this version does not know read "Anders" (other). */
export function formatLabel(format: string): string {
  return (FORMAT_LABELS[format] ?? t.other)();
}

/** A level in words; unknown levels read "Anders". */
function levelLabel(level: string): string {
  return (LEVEL_LABELS[level] ?? t.other)();
}

/** The label of one facet value as the finder shows it (the engine's label translated where we know it). */
export function facetValueLabel(facet: FacetName, value: string, engineLabel: string, locale: Locale): string {
  if (facet === 'format') return formatLabel(value);
  if (facet === 'level') return levelLabel(value);
  if (facet === 'language') return formatLanguage(value, locale);
  if (facet === 'startMonth') return formatMonth(value, locale);
  return engineLabel;
}

/** The legend of a facet group. */
export function facetTitle(facet: FacetName): string {
  const titles: Record<FacetName, () => string> = {
    topic: t.facetTopic,
    format: t.facetFormat,
    language: t.facetLanguage,
    level: t.facetLevel,
    provider: t.facetProvider,
    city: t.facetCity,
    startMonth: t.facetStartMonth,
  };
  return titles[facet]();
}

/** Quality marks in capitals as providers write them: NRTO, CEDEO, NVAO. */
export function certificationLabel(mark: string): string {
  return mark.toUpperCase();
}
