import { OTHER, type Offering } from '@leerbudget/contract';
import { datePart, finishCourse, timestampOr, type CourseDraft } from './course-record.js';
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
import { decimalToCents } from './money.js';

const PROGRAM_FIELDS = [
  'programClassification',
  'programDescriptions',
  'programCurriculum',
  'programSchedule',
  'lastEdited',
  'webLink',
  'subsidies',
];
const CLASSIFICATION_FIELDS = [
  'programId',
  'degree',
  'orgUnitId',
  'orgUnitName',
  'programDuration',
  'programLevel',
  'programLocation',
];
const DESCRIPTION_FIELDS = ['programName', 'programSummaryText', 'programDescriptionText', 'subjectText'];
const CURRICULUM_FIELDS = ['studyLoad', 'teachingLanguage', 'instructionMode'];
const RUN_FIELDS = [
  'id',
  'programRunId',
  'startDate',
  'endDate',
  'location',
  'cost',
  'participants',
  'maxParticipants',
  'applicationDeadline',
  'courseDay',
];

/** EDU-DEX instruction modes to the contract's formats. */
const FORMAT_BY_MODE: Record<string, string> = {
  online: 'online',
  classroom: 'classroom',
  blended: 'blended',
  selfstudy: 'self-paced',
  'e-learning': 'self-paced',
  onthejob: 'workplace',
  incompany: 'classroom',
};

/** Hours per EDU-DEX study-load or duration unit that measures effort (calendar units are not effort). */
const HOURS_PER_UNIT: Record<string, number> = { hour: 1, hours: 1, ec: 28, ects: 28 };

/** EDU-DEX subsidy codes to funding tags; unknown codes keep their name under `subsidy:`. */
const TAG_BY_SUBSIDY: Record<string, string> = { stap: 'stap-eligible', slim: 'slim', nlleertdoor: 'nl-leert-door' };

/** EDU-DEX writes texts as `{ "nl": "…", "en": "…" }` (the JSON form of `xml:lang` elements). */
function localised(value: unknown, path: string, log: IssueLog): TaggedText[] {
  if (typeof value === 'string') return [{ language: 'und', value }];
  const record = asRecord(value);
  if (record === undefined) return [];
  const texts: TaggedText[] = [];
  for (const [language, text] of Object.entries(record)) {
    const clean = asText(text);
    if (clean === undefined) log.add(join(path, language), 'not a text');
    else texts.push({ language, value: clean });
  }
  return texts;
}

function chooseText(value: unknown, path: string, options: AdapterOptions, log: IssueLog): string | undefined {
  return pickLanguage(localised(value, path, log), options.language ?? 'nl')?.value;
}

function nlqfOf(value: unknown, log: IssueLog): number | undefined {
  const level = asText(value);
  if (level === undefined) return undefined;
  const match = /^(?:nlqf|eqf|mbo)\s*-?\s*([1-8])$/i.exec(level);
  if (match !== null) return Number(match[1]);
  const named: Record<string, number> = { hbo: 6, wo: 6, bachelor: 6, master: 7, ad: 5, associate: 5 };
  const nlqf = named[level.toLowerCase()];
  if (nlqf === undefined) log.add('programClassification.programLevel', `level "${level}" has no NLQF level`);
  return nlqf;
}

function formatOf(modes: readonly string[], log: IssueLog): string {
  const formats = new Set<string>();
  for (const mode of modes) {
    const format = FORMAT_BY_MODE[mode.toLowerCase().replace(/[\s_]+/g, '')];
    if (format === undefined)
      log.add('programCurriculum.instructionMode', `instruction mode "${mode}" has no contract format`);
    else formats.add(format);
  }
  if (formats.size === 0) {
    log.add('programCurriculum.instructionMode', 'no instruction mode the contract knows; format is "other"');
    return OTHER;
  }
  if (formats.size === 1) return [...formats][0]!;
  return formats.has('online') && formats.has('classroom') ? 'blended' : [...formats][0]!;
}

interface RunPrice {
  amount: number;
  currency: string;
  vatIncluded: boolean;
}

/**
 * The price of a run: the sum of its required costs, in cents. A cost with a VAT code other than
 * `exempt`/`0` is listed without VAT, so the price then says `vatIncluded: false` (adding VAT would round).
 */
function priceOf(costs: unknown, path: string, options: AdapterOptions, log: IssueLog): RunPrice | undefined {
  let total = 0;
  let found = false;
  let vatIncluded = true;
  let currency: string | undefined;
  for (const [index, entry] of asList(costs).entries()) {
    const at = join(path, index);
    const cost = asRecord(entry);
    if (cost !== undefined)
      log.unmapped(cost, ['amount', 'costType', 'currency', 'isRequiredCost', 'VATCode', 'vatCode', 'vatIncluded'], at);
    if (cost?.isRequiredCost === false || cost?.isRequiredCost === 'false') {
      log.add(at, `optional cost "${asText(cost.costType) ?? ''}" is not part of the price`);
      continue;
    }
    const cents = decimalToCents(asText(cost?.amount) ?? '');
    if (cents === undefined) {
      log.add(join(at, 'amount'), `"${String(cost?.amount)}" is not an amount in whole cents`);
      continue;
    }
    const costCurrency = (asText(cost?.currency) ?? options.currency ?? 'EUR').toUpperCase();
    if (currency !== undefined && currency !== costCurrency) {
      log.add(join(at, 'currency'), `${costCurrency} differs from ${currency}; left out of the price`);
      continue;
    }
    currency = costCurrency;
    const vat = (asText(cost?.VATCode ?? cost?.vatCode) ?? 'exempt').toLowerCase();
    if (vat !== 'exempt' && vat !== '0' && cost?.vatIncluded !== true) vatIncluded = false;
    total += cents;
    found = true;
  }
  return found && currency !== undefined ? { amount: total, currency, vatIncluded } : undefined;
}

function runOf(value: unknown, path: string, fallbackCity: string | undefined, log: IssueLog): Offering | undefined {
  const run = asRecord(value);
  if (run === undefined) return undefined;
  log.unmapped(run, RUN_FIELDS, path);
  const id = asText(run.programRunId ?? run.id);
  if (id === undefined) {
    log.add(join(path, 'id'), 'the run has no id');
    return undefined;
  }
  const city = asText(asRecord(run.location)?.city) ?? asText(run.location) ?? fallbackCity;
  const seats = asNumber(asRecord(run.participants)?.available ?? run.maxParticipants);
  const deadline = datePart(run.applicationDeadline);
  return {
    id,
    start: datePart(run.startDate) ?? null,
    end: datePart(run.endDate) ?? null,
    location: city === undefined ? null : { city },
    ...(seats === undefined ? {} : { seatsLeft: Math.floor(seats) }),
    ...(deadline === undefined ? {} : { enrolmentDeadline: deadline }),
  };
}

/**
 * A contract course from an EDU-DEX program (the JSON form of `program.xml`, as the EDU-DEX API returns it).
 * Never throws: what cannot be mapped is listed in `issues`.
 */
export function fromEduDex(program: unknown, options: AdapterOptions = {}): MappingResult {
  const log = new IssueLog();
  const record = asRecord(program);
  if (record === undefined) {
    log.add('', 'not an EDU-DEX program object');
    return { course: null, issues: log.issues };
  }
  log.unmapped(record, PROGRAM_FIELDS, '');
  const classification = asRecord(record.programClassification) ?? {};
  log.unmapped(classification, CLASSIFICATION_FIELDS, 'programClassification');
  const descriptions = asRecord(record.programDescriptions) ?? {};
  log.unmapped(descriptions, DESCRIPTION_FIELDS, 'programDescriptions');
  if (descriptions.subjectText !== undefined)
    log.add('programDescriptions.subjectText', 'subject texts have no contract field');
  const curriculum = asRecord(record.programCurriculum) ?? {};
  log.unmapped(curriculum, CURRICULUM_FIELDS, 'programCurriculum');
  const schedule = asRecord(record.programSchedule) ?? {};
  log.unmapped(schedule, ['programRun', 'genericProgramRun'], 'programSchedule');

  const location = asText(classification.programLocation);
  const runs = asList(schedule.programRun);
  const offerings = runs
    .map((run, index) => runOf(run, join('programSchedule.programRun', index), location, log))
    .filter((run): run is Offering => run !== undefined);
  const prices = runs
    .map((run, index) =>
      priceOf(asRecord(run)?.cost, join(join('programSchedule.programRun', index), 'cost'), options, log),
    )
    .filter((price): price is RunPrice => price !== undefined);
  const generic = priceOf(
    asRecord(schedule.genericProgramRun)?.cost,
    'programSchedule.genericProgramRun.cost',
    options,
    log,
  );
  const price = prices.sort((a, b) => a.amount - b.amount)[0] ?? generic;

  if (curriculum.studyLoad !== undefined && classification.programDuration !== undefined) {
    log.add('programClassification.programDuration', 'a calendar length; the study load gives the hours');
  }
  const load = asRecord(curriculum.studyLoad) ?? asRecord(classification.programDuration);
  const loadUnit = (asText(load?.unit ?? load?.period) ?? '').toLowerCase();
  const loadValue = asNumber(load?.value);
  const perUnit = HOURS_PER_UNIT[loadUnit];
  if (load !== undefined && (perUnit === undefined || loadValue === undefined)) {
    log.add(
      curriculum.studyLoad === undefined ? 'programClassification.programDuration' : 'programCurriculum.studyLoad',
      `"${loadValue ?? ''} ${loadUnit}" is a calendar length or unknown unit, not hours of study`,
    );
  }
  const hours = perUnit === undefined || loadValue === undefined ? undefined : loadValue * perUnit;
  if (hours === undefined) log.add('programCurriculum.studyLoad', 'no study load in hours; durationHours is 0');

  const subsidyTags = asList(record.subsidies).flatMap((code) => {
    const name = asText(code);
    if (name === undefined) return [];
    return [TAG_BY_SUBSIDY[name.toLowerCase().replace(/[\s-]+/g, '')] ?? `subsidy:${name.toLowerCase()}`];
  });
  const sourceId = asText(classification.programId);
  const orgUnit = asText(classification.orgUnitId);
  const orgName = asText(classification.orgUnitName);
  const languages = asList(curriculum.teachingLanguage)
    .map((code) => (typeof code === 'string' ? languageTag(code) : undefined))
    .filter((tag): tag is string => tag !== undefined);
  const provider = orgUnit !== undefined && orgName !== undefined ? { id: orgUnit, name: orgName } : options.provider;
  // EDU-DEX names what a programme awards in `degree`; it has no register field, so only a register named there counts.
  const degree = asText(classification.degree);
  const draft: CourseDraft = {
    id: sourceId === undefined ? undefined : `${options.idPrefix ?? ''}${sourceId}`,
    title: chooseText(descriptions.programName, 'programDescriptions.programName', options, log),
    description:
      chooseText(descriptions.programDescriptionText, 'programDescriptions.programDescriptionText', options, log) ??
      chooseText(descriptions.programSummaryText, 'programDescriptions.programSummaryText', options, log) ??
      '',
    provider,
    topics: [],
    nlqf: nlqfOf(classification.programLevel, log),
    level: undefined,
    languages: languages.length > 0 ? languages : [languageTag(options.language ?? 'nl') ?? 'nl'],
    format: formatOf(
      asList(curriculum.instructionMode).filter((mode): mode is string => typeof mode === 'string'),
      log,
    ),
    durationHours: hours ?? 0,
    studyLoad:
      hours === undefined
        ? undefined
        : loadUnit.startsWith('ec')
          ? { value: loadValue!, unit: 'ects' }
          : { value: hours, unit: 'hours' },
    price,
    fundingTags: subsidyTags,
    credential: credentialOf(credentialKindOf(degree), provider?.name, registerNamedIn(degree)),
    offerings,
    url: chooseText(record.webLink, 'webLink', options, log),
    updatedAt: timestampOr(record.lastEdited, options.now ?? new Date()),
  };
  if (curriculum.teachingLanguage === undefined)
    log.add('programCurriculum.teachingLanguage', `no teaching language; assumed "${draft.languages[0]}"`);
  return finishCourse(draft, log);
}
