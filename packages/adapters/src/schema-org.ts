import { OTHER, type Course, type CourseLike, type Credential, type Offering } from '@leerbudget/contract';
import { datePart, finishCourse, timestampOr, type CourseDraft } from './course-record.js';
import { durationToHours, hoursToDuration } from './duration.js';
import { languageTag, pickLanguage, type TaggedText } from './language.js';
import {
  IssueLog,
  asList,
  asNumber,
  asRecord,
  asText,
  join,
  type AdapterOptions,
  type MappingResult,
} from './mapping.js';
import { credentialKindOf, credentialOf, registerNamedIn } from './credential.js';
import { centsToDecimal, decimalToCents } from './money.js';

const COURSE_FIELDS = [
  '@context',
  '@type',
  '@id',
  'identifier',
  'courseCode',
  'name',
  'description',
  'abstract',
  'provider',
  'url',
  'inLanguage',
  'educationalLevel',
  'courseMode',
  'timeRequired',
  'numberOfCredits',
  'financialAidEligible',
  'educationalCredentialAwarded',
  'offers',
  'hasCourseInstance',
  'about',
  'keywords',
  'dateModified',
];
const INSTANCE_FIELDS = [
  '@type',
  '@id',
  'identifier',
  'courseMode',
  'startDate',
  'endDate',
  'location',
  'courseWorkload',
  'remainingAttendeeCapacity',
  'maximumAttendeeCapacity',
  'offers',
  'inLanguage',
  'name',
];

/** schema.org `courseMode` words (free text or a URL ending in one) to the contract's formats. */
const FORMAT_BY_MODE: Record<string, string> = {
  online: 'online',
  onsite: 'classroom',
  'on-site': 'classroom',
  classroom: 'classroom',
  inperson: 'classroom',
  blended: 'blended',
  hybrid: 'blended',
  selfpaced: 'self-paced',
  asynchronous: 'self-paced',
  mooc: 'self-paced',
  workplace: 'workplace',
  workbased: 'workplace',
};
const MODE_BY_FORMAT: Record<string, string> = {
  online: 'online',
  classroom: 'onsite',
  blended: 'blended',
  'self-paced': 'asynchronous',
  workplace: 'workplace',
};
const EQF = /(?:nlqf|eqf)\s*-?\s*([1-8])/i;

/** JSON-LD text: a string, `{ "@value", "@language" }`, or a list of them. */
function texts(value: unknown): TaggedText[] {
  return asList(value).flatMap((entry) => {
    if (typeof entry === 'string') return entry.trim() === '' ? [] : [{ language: 'und', value: entry.trim() }];
    const record = asRecord(entry);
    const text = asText(record?.['@value']);
    return text === undefined ? [] : [{ language: asText(record?.['@language']) ?? 'und', value: text }];
  });
}

function chooseText(value: unknown, options: AdapterOptions): string | undefined {
  return pickLanguage(texts(value), options.language ?? 'nl')?.value;
}

/** The first `Course` of a JSON-LD document: the object itself, a list, or an `@graph`. */
function findCourse(jsonLd: unknown): Record<string, unknown> | undefined {
  for (const node of asList(asRecord(jsonLd)?.['@graph'] ?? jsonLd)) {
    const record = asRecord(node);
    if (
      record !== undefined &&
      asList(record['@type']).some((type) => type === 'Course' || type === 'https://schema.org/Course')
    )
      return record;
  }
  return undefined;
}

function modeFormat(mode: string): string | undefined {
  const word = (mode.split(/[#/]/).at(-1) ?? mode).toLowerCase().replace(/[\s_-]+/g, '');
  return FORMAT_BY_MODE[word];
}

interface PriceFound {
  amount: number;
  currency: string;
  vatIncluded: boolean;
}

const OFFER_FIELDS = [
  '@type',
  'price',
  'priceCurrency',
  'priceSpecification',
  'category',
  'valueAddedTaxIncluded',
  'validThrough',
  'url',
];

function priceOf(offers: unknown, path: string, options: AdapterOptions, log: IssueLog): PriceFound | undefined {
  let best: PriceFound | undefined;
  for (const [index, entry] of asList(offers).entries()) {
    const offer = asRecord(entry);
    const at = Array.isArray(offers) ? join(path, index) : path;
    if (offer !== undefined) log.unmapped(offer, OFFER_FIELDS, at);
    const specification = asRecord(offer?.priceSpecification);
    const raw = offer?.price ?? specification?.price;
    const cents = raw === undefined ? undefined : decimalToCents(typeof raw === 'number' ? raw : String(raw));
    if (cents === undefined) {
      log.add(join(at, 'price'), `"${String(raw)}" is not an amount in whole cents`);
      continue;
    }
    const currency = asText(offer?.priceCurrency ?? specification?.priceCurrency) ?? options.currency ?? 'EUR';
    // schema.org assumes VAT is included unless `valueAddedTaxIncluded` says otherwise.
    const vatIncluded = specification?.valueAddedTaxIncluded !== false && offer?.valueAddedTaxIncluded !== false;
    const found = { amount: cents, currency: currency.toUpperCase(), vatIncluded };
    if (best === undefined || found.amount < best.amount) best = found;
  }
  return best;
}

function cityOf(location: unknown, path: string, log: IssueLog): string | undefined {
  const place = asRecord(location);
  if (place === undefined) return asText(location);
  log.unmapped(place, ['@type', 'address', 'name'], path);
  const address = asRecord(place.address);
  if (address !== undefined) log.unmapped(address, ['@type', 'addressLocality'], join(path, 'address'));
  return asText(address?.addressLocality) ?? asText(place.address) ?? asText(place.name);
}

interface MappedInstance {
  offering: Offering;
  formats: string[];
  hours: number | undefined;
  price: PriceFound | undefined;
}

function instanceOf(
  value: unknown,
  path: string,
  index: number,
  options: AdapterOptions,
  log: IssueLog,
): MappedInstance | undefined {
  const instance = asRecord(value);
  if (instance === undefined) {
    log.add(path, 'not a CourseInstance object');
    return undefined;
  }
  log.unmapped(instance, INSTANCE_FIELDS, path);
  const seats = asNumber(instance.remainingAttendeeCapacity);
  const offer = asRecord(asList(instance.offers)[0]);
  const deadline = datePart(offer?.validThrough);
  const formats: string[] = [];
  for (const mode of asList(instance.courseMode)) {
    const format = typeof mode === 'string' ? modeFormat(mode) : undefined;
    if (format === undefined) log.add(join(path, 'courseMode'), `course mode "${String(mode)}" has no contract format`);
    else formats.push(format);
  }
  const workload = asText(instance.courseWorkload);
  const hours = workload === undefined ? undefined : durationToHours(workload);
  if (workload !== undefined && hours === undefined)
    log.add(join(path, 'courseWorkload'), `"${workload}" is not a duration in hours`);
  const city = cityOf(instance.location, join(path, 'location'), log);
  return {
    offering: {
      id: asText(instance.identifier) ?? asText(instance['@id']) ?? `run-${index + 1}`,
      start: datePart(instance.startDate) ?? null,
      end: datePart(instance.endDate) ?? null,
      location:
        city === undefined || (formats.every((format) => format === 'online') && formats.length > 0) ? null : { city },
      ...(seats === undefined ? {} : { seatsLeft: Math.max(0, Math.floor(seats)) }),
      ...(deadline === undefined ? {} : { enrolmentDeadline: deadline }),
    },
    formats,
    hours,
    price: instance.offers === undefined ? undefined : priceOf(instance.offers, join(path, 'offers'), options, log),
  };
}

function combinedFormat(formats: readonly string[], log: IssueLog): string {
  const unique = new Set(formats);
  if (unique.size === 0) {
    log.add('courseMode', 'no course mode the contract knows; format is "other"');
    return OTHER;
  }
  if (unique.size === 1) return [...unique][0]!;
  return unique.has('blended') || (unique.has('online') && unique.has('classroom')) ? 'blended' : [...unique][0]!;
}

function providerOf(value: unknown, options: AdapterOptions, log: IssueLog): CourseDraft['provider'] {
  const provider = asRecord(asList(value)[0]);
  if (provider !== undefined) log.unmapped(provider, ['@type', '@id', 'identifier', 'name', 'url'], 'provider');
  const name = chooseText(provider?.name, options);
  const id = asText(provider?.identifier) ?? asText(provider?.['@id']) ?? asText(provider?.url);
  if (name !== undefined && id !== undefined) return { id, name };
  if (name !== undefined && options.provider === undefined)
    return { id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name };
  return options.provider;
}

/** Funding tags from `financialAidEligible` (text or `DefinedTerm`s with a `termCode`). */
function fundingTagsOf(value: unknown): string[] {
  return asList(value).flatMap((entry) => {
    const term = asRecord(entry);
    const code = asText(term?.termCode) ?? asText(term?.name) ?? asText(entry);
    return code === undefined ? [] : [code.toLowerCase().replace(/\s+/g, '-')];
  });
}

/**
 * The credential from `educationalCredentialAwarded`: text, or an `EducationalOccupationalCredential` whose
 * `credentialCategory` gives the kind and whose `recognizedBy` names the register. schema.org has no issuer
 * for a credential, so the provider is taken as the issuer.
 */
function credentialFrom(value: unknown, issuer: string | undefined): Credential | undefined {
  const entry = asList(value)[0];
  const record = asRecord(entry);
  const category = asRecord(record?.credentialCategory);
  const kindText =
    asText(category?.termCode) ??
    asText(category?.name) ??
    asText(record?.credentialCategory) ??
    asText(record?.name) ??
    asText(entry);
  const recognisedBy = asList(record?.recognizedBy)
    .map((organisation) => asText(asRecord(organisation)?.name) ?? asText(organisation) ?? '')
    .join(' ');
  return credentialOf(credentialKindOf(kindText), issuer, registerNamedIn(recognisedBy || kindText));
}

/** `educationalCredentialAwarded` for a contract credential; the register becomes the recognising organisation. */
function credentialAwarded(credential: Credential): Record<string, unknown> {
  return {
    '@type': 'EducationalOccupationalCredential',
    credentialCategory: credential.kind,
    ...(credential.register === undefined
      ? {}
      : { recognizedBy: { '@type': 'Organization', name: credential.register.toUpperCase() } }),
  };
}

/**
 * A contract course from schema.org `Course` JSON-LD (an object, a list or an `@graph`), with each
 * `hasCourseInstance` as an offering. Never throws: what cannot be mapped is listed in `issues`.
 */
export function fromSchemaOrg(jsonLd: unknown, options: AdapterOptions = {}): MappingResult {
  const log = new IssueLog();
  const course = findCourse(jsonLd);
  if (course === undefined) {
    log.add('@type', 'no schema.org Course in this JSON-LD');
    return { course: null, issues: log.issues };
  }
  log.unmapped(course, COURSE_FIELDS, '');
  const instances = asList(course.hasCourseInstance)
    .map((instance, index) =>
      instanceOf(
        instance,
        Array.isArray(course.hasCourseInstance) ? join('hasCourseInstance', index) : 'hasCourseInstance',
        index,
        options,
        log,
      ),
    )
    .filter((instance): instance is MappedInstance => instance !== undefined);
  const topLevelFormats = asList(course.courseMode).flatMap((mode) => {
    const format = typeof mode === 'string' ? modeFormat(mode) : undefined;
    if (format === undefined) log.add('courseMode', `course mode "${String(mode)}" has no contract format`);
    return format === undefined ? [] : [format];
  });
  const timeRequired = asText(course.timeRequired);
  let hours = timeRequired === undefined ? undefined : durationToHours(timeRequired);
  if (timeRequired !== undefined && hours === undefined)
    log.add('timeRequired', `"${timeRequired}" is not a duration in hours`);
  hours ??= instances.find((instance) => instance.hours !== undefined)?.hours;
  if (hours === undefined) log.add('timeRequired', 'no study time in hours; durationHours is 0');
  const level = asText(course.educationalLevel);
  const nlqfMatch = level === undefined ? null : EQF.exec(level);
  const namedLevel = level?.toLowerCase();
  const knownLevel =
    namedLevel === 'beginner' || namedLevel === 'intermediate' || namedLevel === 'advanced' ? namedLevel : undefined;
  if (level !== undefined && nlqfMatch === null && knownLevel === undefined)
    log.add('educationalLevel', `level "${level}" is not beginner, intermediate, advanced or an NLQF/EQF level`);
  const credits = asNumber(course.numberOfCredits);
  const languages = asList(course.inLanguage)
    .map((code) => (typeof code === 'string' ? languageTag(code) : asText(asRecord(code)?.alternateName)))
    .filter((tag): tag is string => tag !== undefined);
  const sourceId =
    asText(course.identifier) ?? asText(course.courseCode) ?? asText(course['@id']) ?? asText(course.url);
  const provider = providerOf(course.provider, options, log);
  const draft: CourseDraft = {
    id: sourceId === undefined ? undefined : `${options.idPrefix ?? ''}${sourceId}`,
    title: chooseText(course.name, options),
    description: chooseText(course.description, options) ?? chooseText(course.abstract, options) ?? '',
    provider,
    topics: [
      ...asList(course.about).map((topic) => chooseText(asRecord(topic)?.name ?? topic, options)),
      ...asList(course.keywords).map((word) => asText(word)),
    ].filter((topic): topic is string => topic !== undefined),
    nlqf: nlqfMatch === null ? undefined : Number(nlqfMatch[1]),
    level: knownLevel,
    languages,
    format: combinedFormat([...topLevelFormats, ...instances.flatMap((instance) => instance.formats)], log),
    durationHours: hours ?? 0,
    studyLoad: credits === undefined ? undefined : { value: credits, unit: 'ects' },
    price:
      priceOf(course.offers, 'offers', options, log) ??
      instances.find((instance) => instance.price !== undefined)?.price,
    fundingTags: fundingTagsOf(course.financialAidEligible),
    credential: credentialFrom(course.educationalCredentialAwarded, provider?.name),
    offerings: instances.map((instance) => instance.offering),
    url: asText(course.url),
    updatedAt: timestampOr(course.dateModified, options.now ?? new Date()),
  };
  return finishCourse(draft, log);
}

/**
 * schema.org `Course` JSON-LD for a vendor's page, so search engines show the course with its runs and price.
 * Put it in `<script type="application/ld+json">` (serialise it with `JSON.stringify`, never into HTML by hand).
 */
export function toSchemaOrg(course: CourseLike): Record<string, unknown> {
  const mode = MODE_BY_FORMAT[course.format];
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': course.url,
    identifier: course.id,
    name: course.title,
    description: 'description' in course && course.description !== '' ? (course as Course).description : course.summary,
    provider: { '@type': 'Organization', identifier: course.provider.id, name: course.provider.name },
    url: course.url,
    inLanguage: course.languages,
    ...(course.nlqf === undefined ? { educationalLevel: course.level } : { educationalLevel: `NLQF ${course.nlqf}` }),
    ...(course.topics.length === 0 ? {} : { about: course.topics.map((topic) => ({ '@type': 'Thing', name: topic })) }),
    timeRequired: hoursToDuration(course.durationHours),
    ...(course.studyLoad?.unit === 'ects' ? { numberOfCredits: course.studyLoad.value } : {}),
    ...(course.fundingTags.length === 0
      ? {}
      : {
          financialAidEligible: course.fundingTags.map((tag) => ({ '@type': 'DefinedTerm', termCode: tag, name: tag })),
        }),
    ...(course.credential === undefined ? {} : { educationalCredentialAwarded: credentialAwarded(course.credential) }),
    offers: {
      '@type': 'Offer',
      category: course.price.amount === 0 ? 'Free' : 'Paid',
      price: centsToDecimal(course.price.amount),
      priceCurrency: course.price.currency,
      priceSpecification: {
        '@type': 'PriceSpecification',
        price: centsToDecimal(course.price.amount),
        priceCurrency: course.price.currency,
        valueAddedTaxIncluded: course.price.vatIncluded,
      },
    },
    dateModified: course.updatedAt,
    hasCourseInstance: course.offerings.map((offering) => ({
      '@type': 'CourseInstance',
      identifier: offering.id,
      ...(mode === undefined ? {} : { courseMode: mode }),
      ...(offering.start === null ? {} : { startDate: offering.start }),
      ...(offering.end === null ? {} : { endDate: offering.end }),
      ...(offering.location === null
        ? {}
        : {
            location: {
              '@type': 'Place',
              address: { '@type': 'PostalAddress', addressLocality: offering.location.city },
            },
          }),
      ...(offering.seatsLeft === undefined || offering.seatsLeft === null
        ? {}
        : { remainingAttendeeCapacity: offering.seatsLeft }),
      ...(offering.enrolmentDeadline === undefined || offering.enrolmentDeadline === null
        ? {}
        : { offers: { '@type': 'Offer', validThrough: offering.enrolmentDeadline } }),
    })),
  };
}
