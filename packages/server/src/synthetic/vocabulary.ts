/** Words the synthetic catalogue is composed from: realistic enough for search, facets and benchmarks. */

/** A topic with its Dutch and English title words and the funding tags its courses may carry. */
export interface TopicWords {
  topic: string;
  nl: string;
  en: string;
  sectorTag?: string;
}

export const TOPICS: readonly TopicWords[] = [
  { topic: 'programmeren', nl: 'programmeren', en: 'Programming' },
  { topic: 'python', nl: 'Python', en: 'Python' },
  { topic: 'data', nl: 'data-analyse', en: 'Data Analysis' },
  { topic: 'cloud', nl: 'cloud computing', en: 'Cloud Computing' },
  { topic: 'security', nl: 'informatiebeveiliging', en: 'Cyber Security' },
  { topic: 'ai', nl: 'kunstmatige intelligentie', en: 'Artificial Intelligence' },
  { topic: 'agile', nl: 'agile werken', en: 'Agile Working' },
  { topic: 'systeembeheer', nl: 'systeembeheer', en: 'System Administration' },
  { topic: 'digitale vaardigheden', nl: 'digitale vaardigheden', en: 'Digital Skills' },
  { topic: 'zorg', nl: 'zorg en welzijn', en: 'Health and Social Care', sectorTag: 'sector:sfz' },
  { topic: 'medicatie', nl: 'medicatieveiligheid', en: 'Medication Safety', sectorTag: 'sector:sfz' },
  { topic: 'dementie', nl: 'dementiezorg', en: 'Dementia Care', sectorTag: 'sector:sfz' },
  { topic: 'ouderenzorg', nl: 'ouderenzorg', en: 'Elderly Care', sectorTag: 'sector:sfz' },
  { topic: 'eerste hulp', nl: 'eerste hulp', en: 'First Aid' },
  { topic: 'elektrisch rijden', nl: 'elektrische voertuigen', en: 'Electric Vehicles', sectorTag: 'sector:oomt' },
  { topic: 'autotechniek', nl: 'autotechniek', en: 'Automotive Technology', sectorTag: 'sector:oomt' },
  { topic: 'installatietechniek', nl: 'installatietechniek', en: 'Building Services', sectorTag: 'sector:otib' },
  { topic: 'warmtepompen', nl: 'warmtepompen', en: 'Heat Pumps', sectorTag: 'sector:otib' },
  { topic: 'zonne-energie', nl: 'zonne-energie', en: 'Solar Energy', sectorTag: 'sector:otib' },
  { topic: 'veiligheid', nl: 'veilig werken', en: 'Workplace Safety' },
  { topic: 'lassen', nl: 'lassen', en: 'Welding', sectorTag: 'sector:oom' },
  { topic: 'logistiek', nl: 'logistiek', en: 'Logistics', sectorTag: 'sector:stl' },
  { topic: 'taal', nl: 'taalvaardigheid', en: 'Language Skills' },
  { topic: 'nederlands', nl: 'Nederlands', en: 'Dutch' },
  { topic: 'engels', nl: 'Engels', en: 'English' },
  { topic: 'duits', nl: 'Duits', en: 'German' },
  { topic: 'communicatie', nl: 'communicatie', en: 'Communication' },
  { topic: 'leiderschap', nl: 'leidinggeven', en: 'Leadership' },
  { topic: 'coaching', nl: 'coaching', en: 'Coaching' },
  { topic: 'projectmanagement', nl: 'projectmanagement', en: 'Project Management' },
  { topic: 'verandermanagement', nl: 'verandermanagement', en: 'Change Management' },
  { topic: 'persoonlijke effectiviteit', nl: 'persoonlijke effectiviteit', en: 'Personal Effectiveness' },
  { topic: 'financiën', nl: 'financieel management', en: 'Financial Management' },
  { topic: 'boekhouden', nl: 'boekhouden', en: 'Bookkeeping' },
  { topic: 'controlling', nl: 'controlling', en: 'Controlling' },
  { topic: 'fiscaliteit', nl: 'belastingrecht', en: 'Tax Law' },
  { topic: 'excel', nl: 'Excel', en: 'Excel' },
  { topic: 'hr', nl: 'HR en personeelsbeleid', en: 'Human Resources' },
  { topic: 'verkoop', nl: 'verkoop', en: 'Sales' },
  { topic: 'duurzaamheid', nl: 'duurzaamheid', en: 'Sustainability' },
];

export const NL_TITLE_PATTERNS: readonly ((subject: string) => string)[] = [
  (s) => `Basiscursus ${s}`,
  (s) => `${capitalise(s)} voor beginners`,
  (s) => `${capitalise(s)} in de praktijk`,
  (s) => `Verdieping ${s}`,
  (s) => `Masterclass ${s}`,
  (s) => `Praktijktraining ${s}`,
  (s) => `${capitalise(s)} voor leidinggevenden`,
  (s) => `Opfriscursus ${s}`,
];

export const EN_TITLE_PATTERNS: readonly ((subject: string) => string)[] = [
  (s) => `Introduction to ${s}`,
  (s) => `${s} Essentials`,
  (s) => `Advanced ${s}`,
  (s) => `${s} Masterclass`,
  (s) => `Practical ${s}`,
  (s) => `${s} for Professionals`,
];

/** Summaries by level: beginner, intermediate, advanced. */
export const NL_SUMMARIES: readonly ((subject: string) => string)[] = [
  (s) => `Leer de basis van ${s} en pas het direct toe in je werk.`,
  (s) => `Verdiep je kennis van ${s} met praktijkopdrachten.`,
  (s) => `Word specialist in ${s}, met een erkend certificaat.`,
];

/** Summaries by level: beginner, intermediate, advanced. */
export const EN_SUMMARIES: readonly ((subject: string) => string)[] = [
  (s) => `Learn the fundamentals of ${s} and apply them at work.`,
  (s) => `Deepen your ${s} skills with hands-on assignments.`,
  (s) => `Become a ${s} specialist, with a recognised certificate.`,
];

export const PROVIDER_FIRST_WORDS = [
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'Delta',
  'Rijn',
  'Maas',
  'Polder',
  'Kennis',
  'Vak',
  'Talent',
  'Groei',
] as const;
export const PROVIDER_LAST_WORDS = ['Academie', 'Opleidingen', 'Training', 'Instituut', 'Leerhuis'] as const;

export const CITIES = [
  'Amsterdam',
  'Rotterdam',
  'Utrecht',
  'Den Haag',
  'Eindhoven',
  'Groningen',
  'Zwolle',
  'Nijmegen',
  'Arnhem',
  'Maastricht',
  'Breda',
  'Leeuwarden',
  'Apeldoorn',
  'Amersfoort',
] as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
