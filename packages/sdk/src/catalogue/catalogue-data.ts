import type { CourseSummary } from '@leerbudget/contract';
import type { FacetName } from './types.js';
import { FacetColumn, FacetColumnBuilder } from './facet-column.js';
import { tokenize } from './fold-text.js';
import { OfferingSchedule, OfferingScheduleBuilder } from './offering-schedule.js';
import { TEXT_FIELD, TextIndex, TextIndexBuilder } from './text-index.js';

/** The facets known at build time; `startMonth` depends on today and lives in {@link OfferingSchedule}. */
export type StaticFacetName = Exclude<FacetName, 'startMonth'>;

/** Everything the index keeps about the catalogue, in columns by doc id (catalogue order). */
export interface CatalogueData {
  readonly courses: readonly CourseSummary[];
  readonly docOfId: ReadonlyMap<string, number>;
  readonly columns: Readonly<Record<StaticFacetName, FacetColumn>>;
  readonly price: Float64Array;
  readonly durationHours: Float64Array;
  /** 1 when the provider holds at least one certification. */
  readonly certified: Uint8Array;
  readonly schedule: OfferingSchedule;
  readonly text: TextIndex;
}

/**
 * Builds the columns, yielding after every `chunkSize` courses so a caller can give the
 * main thread back; run it to the end for a synchronous build.
 */
export function* buildCatalogueData(courses: readonly CourseSummary[], chunkSize: number): Generator<void, CatalogueData> {
  const snapshot = courses.slice();
  const columns = {
    topic: new FacetColumnBuilder(),
    format: new FacetColumnBuilder(),
    language: new FacetColumnBuilder(),
    level: new FacetColumnBuilder(),
    provider: new FacetColumnBuilder(),
    city: new FacetColumnBuilder(),
  };
  const schedule = new OfferingScheduleBuilder();
  const text = new TextIndexBuilder();
  const docOfId = new Map<string, number>();
  const price = new Float64Array(snapshot.length);
  const durationHours = new Float64Array(snapshot.length);
  const certified = new Uint8Array(snapshot.length);
  for (let doc = 0; doc < snapshot.length; doc++) {
    const course = snapshot[doc]!;
    docOfId.set(course.id, doc);
    price[doc] = course.price.amount;
    durationHours[doc] = course.durationHours;
    certified[doc] = course.provider.certifications.length > 0 ? 1 : 0;
    columns.topic.addDocument(course.topics);
    columns.format.addDocument([course.format]);
    columns.language.addDocument(course.languages);
    columns.level.addDocument([course.level]);
    columns.provider.addDocument([course.provider.id], [course.provider.name]);
    columns.city.addDocument(course.offerings.flatMap((offering) => (offering.location ? [offering.location.city] : [])));
    schedule.addDocument(course.offerings);
    addCourseText(text, course);
    if ((doc + 1) % chunkSize === 0) yield;
  }
  return {
    courses: snapshot,
    docOfId,
    columns: {
      topic: columns.topic.finish(),
      format: columns.format.finish(),
      language: columns.language.finish(),
      level: columns.level.finish(),
      provider: columns.provider.finish(),
      city: columns.city.finish(),
    },
    price,
    durationHours,
    certified,
    schedule: schedule.finish(),
    text: text.finish(),
  };
}

function addCourseText(text: TextIndexBuilder, course: CourseSummary): void {
  text.addWords(tokenize(course.title), TEXT_FIELD.title);
  text.addWords(tokenize(course.provider.name), TEXT_FIELD.provider);
  for (const topic of course.topics) text.addWords(tokenize(topic), TEXT_FIELD.topics);
  for (const skill of course.skills) text.addWords(tokenize(skill.label), TEXT_FIELD.skills);
  text.addWords(tokenize(course.summary), TEXT_FIELD.summary);
  text.endDocument();
}
