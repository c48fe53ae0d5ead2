import { OTHER, type CredentialRegister, type Offering } from '@leerbudget/contract';
import { datePart, finishCourse, type CourseDraft } from './course-record.js';
import { durationToHours } from './duration.js';
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
import { credentialKindOf, credentialOf } from './credential.js';
import { decimalToCents } from './money.js';

/** Course fields this adapter reads, in OOAPI v6 and v5 spelling. */
const COURSE_FIELDS = [
  'courseId',
  'primaryCode',
  'otherCodes',
  'formalDocument',
  'name',
  'description',
  'studyLoad',
  'modesOfDelivery',
  'modeOfDelivery',
  'duration',
  'teachingLanguages',
  'teachingLanguage',
  'level',
  'link',
  'addresses',
  'organisation',
  'organisationId',
  'organization',
  'offerings',
];
const OFFERING_FIELDS = [
  'courseOfferingId',
  'offeringId',
  'primaryCode',
  'courseId',
  'course',
  'startDateTime',
  'endDateTime',
  'startDate',
  'endDate',
  'addresses',
  'priceInformation',
  'maxNumberStudents',
  'enrolledNumberStudents',
  'enrolmentPeriods',
  'enrollEndDate',
  'teachingLanguages',
  'teachingLanguage',
  'modesOfDelivery',
  'modeOfDelivery',
];

/** OOAPI modes of delivery (v6 `modesOfDelivery`, v5 `modeOfDelivery`) to the contract's formats. */
const FORMAT_BY_MODE: Record<string, string> = {
  online: 'online',
  'distance-learning': 'online',
  presential: 'classroom',
  'on campus': 'classroom',
  situated: 'classroom',
  blended: 'blended',
  hybrid: 'blended',
  work_based: 'workplace',
};

/** OOAPI levels (v6 `secondary_vocational_education_2`, v5 `secondary vocational education 2`) to NLQF. */
const NLQF_BY_LEVEL: Record<string, number> = {
  secondary_vocational_education_1: 1,
  secondary_vocational_education_2: 2,
  secondary_vocational_education_3: 3,
  secondary_vocational_education_4: 4,
  associate_degree: 5,
  bachelor: 6,
  master: 7,
  doctoral: 8,
};

/** Hours per unit of OOAPI study load; ECTS and study points count 28 hours, as the specification says. */
const HOURS_PER_UNIT: Record<string, number> = { hour: 1, sbu: 1, contact_time: 1, contacttime: 1, ects: 28, sp: 28 };

function normalised(code: string): string {
  return code
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function taggedTexts(value: unknown, path: string, log: IssueLog): TaggedText[] {
  if (typeof value === 'string') return [{ language: 'und', value }];
  const texts: TaggedText[] = [];
  for (const [index, entry] of asList(value).entries()) {
    const record = asRecord(entry);
    const text = asText(record?.value);
    if (text === undefined) log.add(join(path, index), 'not a language-tagged string { language, value }');
    else texts.push({ language: asText(record?.language) ?? 'und', value: text });
  }
  return texts;
}

function chooseText(value: unknown, path: string, options: AdapterOptions, log: IssueLog): string | undefined {
  return pickLanguage(taggedTexts(value, path, log), options.language ?? 'nl')?.value;
}

/** The contract's format for a set of OOAPI modes: one kind as it is, both online and on site as blended. */
function formatOf(modes: readonly string[], path: string, log: IssueLog): string {
  const formats = new Set<string>();
  for (const mode of modes) {
    const format = FORMAT_BY_MODE[mode.trim().toLowerCase()] ?? FORMAT_BY_MODE[normalised(mode)];
    if (format === undefined) log.add(path, `mode of delivery "${mode}" has no contract format`);
    else formats.add(format);
  }
  if (formats.size === 0) {
    log.add(path, 'no mode of delivery the contract knows; format is "other"');
    return OTHER;
  }
  if (formats.size === 1) return [...formats][0]!;
  if (formats.has('blended') || (formats.has('online') && formats.has('classroom'))) return 'blended';
  return [...formats][0]!;
}

interface StudyLoad {
  hours: number;
  studyLoad: CourseDraft['studyLoad'];
}

function studyLoadOf(value: unknown, path: string, log: IssueLog): StudyLoad | undefined {
  // v6 sends a list of descriptors, v5 one object.
  const descriptors = asList(value).map(asRecord);
  let result: StudyLoad | undefined;
  for (const [index, descriptor] of descriptors.entries()) {
    const unit = normalised(asText(descriptor?.studyLoadUnit) ?? '');
    const amount = asNumber(descriptor?.value);
    const perUnit = HOURS_PER_UNIT[unit];
    const at = Array.isArray(value) ? join(path, index) : path;
    if (amount === undefined || perUnit === undefined) {
      log.add(at, `study load unit "${unit}" or value is not one the contract can count in hours`);
      continue;
    }
    if (result !== undefined) {
      log.add(at, 'a second study load; the first one is used');
      continue;
    }
    const studyLoad =
      unit === 'ects' ? { value: amount, unit: 'ects' as const } : { value: amount * perUnit, unit: 'hours' as const };
    result = { hours: amount * perUnit, studyLoad };
  }
  return result;
}

function languagesOf(value: unknown, path: string, log: IssueLog): string[] {
  const tags: string[] = [];
  for (const [index, code] of asList(value).entries()) {
    const tag = typeof code === 'string' ? languageTag(code) : undefined;
    if (tag === undefined) log.add(join(path, index), `"${String(code)}" is not a language code`);
    else if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** The first city of a list of OOAPI addresses; the other address fields are reported, the contract keeps only the city. */
function cityOf(addresses: unknown, path: string, log: IssueLog): string | undefined {
  let found: string | undefined;
  for (const [index, entry] of asList(addresses).entries()) {
    const address = asRecord(entry);
    if (address === undefined) continue;
    log.unmapped(address, ['city'], join(path, index));
    found ??= asText(address.city);
  }
  return found;
}

interface OfferingPrices {
  total?: { amount: number; currency: string; vatIncluded: boolean };
  stapEligible: boolean;
}

/** `total_costs` becomes the price; `stap_eligible` becomes the `stap-eligible` funding tag. */
function pricesOf(value: unknown, path: string, options: AdapterOptions, log: IssueLog): OfferingPrices {
  const prices: OfferingPrices = { stapEligible: false };
  for (const [index, entry] of asList(value).entries()) {
    const at = join(path, index);
    const cost = asRecord(entry);
    if (cost !== undefined) log.unmapped(cost, ['costType', 'amount', 'amountWithoutVat', 'vatAmount', 'currency'], at);
    const type = normalised(asText(cost?.costType) ?? '');
    if (type === 'stap_eligible') {
      prices.stapEligible = true;
      continue;
    }
    if (type !== 'total_costs') {
      log.add(join(at, 'costType'), `cost type "${type}" is not the total; only total_costs sets the price`);
      continue;
    }
    const withVat = asText(cost?.amount);
    const withoutVat = asText(cost?.amountWithoutVat);
    const cents = decimalToCents(withVat ?? withoutVat ?? '');
    if (cents === undefined) {
      log.add(join(at, 'amount'), `"${withVat ?? withoutVat ?? ''}" is not an amount in whole cents`);
      continue;
    }
    const currency = (asText(cost?.currency) ?? options.currency ?? 'EUR').toUpperCase();
    // OOAPI's `amount` is the whole cost including `vatAmount`; only `amountWithoutVat` alone excludes VAT.
    prices.total = { amount: cents, currency, vatIncluded: withVat !== undefined };
  }
  return prices;
}

function enrolmentDeadline(offering: Record<string, unknown>, path: string, log: IssueLog): string | undefined {
  const periods = asList(offering.enrolmentPeriods).map(asRecord);
  for (const [index, period] of periods.entries())
    if (period !== undefined) log.unmapped(period, ['endDateTime'], join(join(path, 'enrolmentPeriods'), index));
  const ends = periods
    .map((period) => datePart(period?.endDateTime))
    .filter((end): end is string => end !== undefined)
    .sort();
  return ends.at(-1) ?? datePart(offering.enrollEndDate);
}

interface MappedOffering {
  offering: Offering;
  prices: OfferingPrices;
  languages: string[];
  modes: string[];
}

function offeringOf(
  value: unknown,
  path: string,
  courseCity: string | undefined,
  options: AdapterOptions,
  log: IssueLog,
): MappedOffering | undefined {
  const offering = asRecord(value);
  if (offering === undefined) {
    log.add(path, 'not an offering object');
    return undefined;
  }
  log.unmapped(offering, OFFERING_FIELDS, path);
  const id =
    asText(offering.courseOfferingId) ?? asText(offering.offeringId) ?? asText(asRecord(offering.primaryCode)?.code);
  if (id === undefined) {
    log.add(join(path, 'offeringId'), 'the offering has no id');
    return undefined;
  }
  const max = asNumber(offering.maxNumberStudents);
  const enrolled = asNumber(offering.enrolledNumberStudents);
  const deadline = enrolmentDeadline(offering, path, log);
  const city = cityOf(offering.addresses, join(path, 'addresses'), log) ?? courseCity;
  return {
    offering: {
      id,
      start: datePart(offering.startDateTime ?? offering.startDate) ?? null,
      end: datePart(offering.endDateTime ?? offering.endDate) ?? null,
      location: city === undefined ? null : { city },
      ...(max === undefined ? {} : { seatsLeft: Math.max(0, Math.floor(max - (enrolled ?? 0))) }),
      ...(deadline === undefined ? {} : { enrolmentDeadline: deadline }),
    },
    prices: pricesOf(offering.priceInformation, join(path, 'priceInformation'), options, log),
    languages: languagesOf(
      offering.teachingLanguages ?? offering.teachingLanguage,
      join(path, 'teachingLanguages'),
      log,
    ),
    modes: asList(offering.modesOfDelivery ?? offering.modeOfDelivery).filter(
      (mode): mode is string => typeof mode === 'string',
    ),
  };
}

function providerOf(course: Record<string, unknown>, options: AdapterOptions, log: IssueLog): CourseDraft['provider'] {
  const organisation = asRecord(course.organisation ?? course.organization);
  if (organisation !== undefined)
    log.unmapped(organisation, ['organisationId', 'organizationId', 'name'], 'organisation');
  const id = asText(organisation?.organisationId ?? organisation?.organizationId) ?? asText(course.organisationId);
  const name =
    organisation === undefined ? undefined : chooseText(organisation.name, 'organisation.name', options, log);
  if (id !== undefined && name !== undefined) return { id, name };
  if (options.provider !== undefined) return options.provider;
  if (id !== undefined)
    log.add('organisationId', 'the organisation is not expanded (expand=organisation), so its name is unknown');
  return undefined;
}

/**
 * OOAPI gives a CROHO or CREBO code (`codeType: crohoCreboCode`) to what those registers hold: CREBO for mbo
 * (`secondary vocational education` levels), CROHO for hbo and wo.
 */
function registerOf(record: Record<string, unknown>): CredentialRegister | undefined {
  const codes = [record.primaryCode, ...asList(record.otherCodes)].map((code) => asRecord(code));
  if (!codes.some((code) => asText(code?.codeType) === 'crohoCreboCode')) return undefined;
  return /secondary vocational/i.test(asText(record.level) ?? '') ? 'crebo' : 'croho';
}

function levelOf(value: unknown, log: IssueLog): number | undefined {
  const level = asText(value);
  if (level === undefined) return undefined;
  const nlqf = NLQF_BY_LEVEL[normalised(level)];
  if (nlqf === undefined) log.add('level', `level "${level}" has no NLQF level`);
  return nlqf;
}

/**
 * A contract course from an OOAPI (v5 or v6) course and its offerings (`GET /courses/{id}/offerings`,
 * or `course.offerings` when expanded). Never throws: what cannot be mapped is listed in `issues`.
 */
export function fromOoapi(
  course: unknown,
  offerings?: readonly unknown[],
  options: AdapterOptions = {},
): MappingResult {
  const log = new IssueLog();
  const record = asRecord(course);
  if (record === undefined) {
    log.add('', 'not an OOAPI course object');
    return { course: null, issues: log.issues };
  }
  log.unmapped(record, COURSE_FIELDS, '');
  const sourceId = asText(record.courseId) ?? asText(asRecord(record.primaryCode)?.code);
  const courseCity = cityOf(record.addresses, 'addresses', log);
  const sourceOfferings = offerings ?? asList(record.offerings);
  const mapped = sourceOfferings
    .map((offering, index) => offeringOf(offering, join('offerings', index), courseCity, options, log))
    .filter((offering): offering is MappedOffering => offering !== undefined);

  const load = studyLoadOf(record.studyLoad, 'studyLoad', log);
  let durationHours = load?.hours;
  const duration = asText(record.duration);
  if (duration !== undefined) {
    const hours = durationToHours(duration);
    if (hours === undefined) log.add('duration', `"${duration}" is a calendar length, not hours of study`);
    durationHours ??= hours;
  }
  if (durationHours === undefined) log.add('studyLoad', 'no study load in hours; durationHours is 0');

  const prices = mapped.map((entry) => entry.prices.total).filter((price) => price !== undefined);
  const price = prices.sort((a, b) => a.amount - b.amount)[0];
  if (new Set(prices.map((entry) => `${entry.amount} ${entry.currency}`)).size > 1) {
    log.add('offerings.priceInformation', 'offerings have different prices; the lowest is the course price');
  }
  const modes = [
    ...asList(record.modesOfDelivery ?? record.modeOfDelivery).filter(
      (mode): mode is string => typeof mode === 'string',
    ),
    ...mapped.flatMap((entry) => entry.modes),
  ];
  const link = asText(record.link);
  const provider = providerOf(record, options, log);
  const draft: CourseDraft = {
    id: sourceId === undefined ? undefined : `${options.idPrefix ?? ''}${sourceId}`,
    title: chooseText(record.name, 'name', options, log),
    description: chooseText(record.description, 'description', options, log) ?? '',
    provider,
    topics: [],
    nlqf: levelOf(record.level, log),
    level: undefined,
    languages: [
      ...new Set([
        ...languagesOf(record.teachingLanguages ?? record.teachingLanguage, 'teachingLanguages', log),
        ...mapped.flatMap((entry) => entry.languages),
      ]),
    ],
    format: formatOf(modes, 'modesOfDelivery', log),
    durationHours: durationHours ?? 0,
    studyLoad: load?.studyLoad,
    price,
    fundingTags: mapped.some((entry) => entry.prices.stapEligible) ? ['stap-eligible'] : [],
    credential: credentialOf(credentialKindOf(asText(record.formalDocument)), provider?.name, registerOf(record)),
    offerings: mapped.map((entry) => entry.offering),
    url: link,
    updatedAt: (options.now ?? new Date()).toISOString(),
  };
  return finishCourse(draft, log);
}
