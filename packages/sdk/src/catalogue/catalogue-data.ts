import type { CourseSummary } from '@leerbudget/contract';
import type { FacetName } from './types.js';
import { FacetColumn, FacetColumnBuilder } from './facet-column.js';
import { OfferingSchedule, OfferingScheduleBuilder } from './offering-schedule.js';
import { TEXT_FIELD, TextIndex, TextIndexBuilder } from './text-index.js';

/** The facets known at build time; `startMonth` depends on today and lives in {@link OfferingSchedule}. */
export type StaticFacetName = Exclude<FacetName, 'startMonth'>;

/** Everything the index keeps about the catalogue except its words, in columns by doc id (catalogue order). */
export interface CatalogueData {
  readonly courses: readonly CourseSummary[];
  readonly docOfId: ReadonlyMap<string, number>;
  readonly columns: Readonly<Record<StaticFacetName, FacetColumn>>;
  readonly price: Float64Array;
  readonly durationHours: Float64Array;
  /** 1 when the provider holds at least one certification. */
  readonly certified: Uint8Array;
  readonly schedule: OfferingSchedule;
}

/**
 * Builds the per-course columns (facets, ranges, offerings), yielding after every `chunkSize`
 * courses so a caller can give the main thread back; run it to the end for a synchronous build.
 * The courses are copied, so later changes to the caller's array do not reach the index.
 */
export function* buildCatalogueData(
  courses: readonly CourseSummary[],
  chunkSize: number,
): Generator<void, CatalogueData> {
  const snapshot = courses.slice();
  const topic = new FacetColumnBuilder();
  const format = new FacetColumnBuilder();
  const language = new FacetColumnBuilder();
  const level = new FacetColumnBuilder();
  const provider = new FacetColumnBuilder();
  const city = new FacetColumnBuilder();
  const schedule = new OfferingScheduleBuilder();
  const docOfId = new Map<string, number>();
  const price = new Float64Array(snapshot.length);
  const durationHours = new Float64Array(snapshot.length);
  const certified = new Uint8Array(snapshot.length);
  const facetBuilders = [topic, format, language, level, provider, city];
  for (let doc = 0; doc < snapshot.length; doc++) {
    const course = snapshot[doc]!;
    docOfId.set(course.id, doc);
    price[doc] = course.price.amount;
    durationHours[doc] = course.durationHours;
    certified[doc] = course.provider.certifications.length > 0 ? 1 : 0;
    for (const value of course.topics) topic.addValue(value);
    format.addValue(course.format);
    for (const value of course.languages) language.addValue(value);
    level.addValue(course.level);
    provider.addValue(course.provider.id, course.provider.name);
    for (const offering of course.offerings) if (offering.location) city.addValue(offering.location.city);
    for (const builder of facetBuilders) builder.endDocument();
    schedule.addDocument(course.offerings);
    if ((doc + 1) % chunkSize === 0) yield;
  }
  return {
    courses: snapshot,
    docOfId,
    columns: {
      topic: topic.finish(),
      format: format.finish(),
      language: language.finish(),
      level: level.finish(),
      provider: provider.finish(),
      city: city.finish(),
    },
    price,
    durationHours,
    certified,
    schedule: schedule.finish(),
  };
}

/** Builds the text index over title, provider, topics, skills and summary, yielding like {@link buildCatalogueData}. */
export function* buildTextIndex(courses: readonly CourseSummary[], chunkSize: number): Generator<void, TextIndex> {
  const text = new TextIndexBuilder(courses.length);
  for (let doc = 0; doc < courses.length; doc++) {
    const course = courses[doc]!;
    text.addText(course.title, TEXT_FIELD.title);
    text.addText(course.provider.name, TEXT_FIELD.provider);
    for (const topic of course.topics) text.addText(topic, TEXT_FIELD.topics);
    for (const skill of course.skills) text.addText(skill.label, TEXT_FIELD.skills);
    text.addText(course.summary, TEXT_FIELD.summary);
    text.endDocument();
    if ((doc + 1) % chunkSize === 0) yield;
  }
  return text.finish();
}
