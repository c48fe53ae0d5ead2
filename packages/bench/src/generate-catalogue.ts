/**
 * A seeded generator of realistic Dutch course catalogues for the benchmark: titles built from
 * a few hundred training words, summaries of 15 to 35 words, skewed providers and topics,
 * zero to four offerings in 40 cities over the next year, some self-paced.
 */
import type { CourseSummary } from '@leerbudget/contract';
import { seededRandom } from '../../sdk/src/catalogue/catalogue.fixtures.js';

const SUBJECTS = `excel powerbi python javascript typescript java sql data analyse dashboard rapportage statistiek
machine learning ai cloud azure aws security privacy avg cybersecurity netwerk linux devops scrum agile kanban
projectmanagement prince2 ipma lean six sigma procesverbetering kwaliteit iso audit financiën boekhouden begroten
controlling fiscaal salarisadministratie inkoop verkoop marketing communicatie schrijven presenteren onderhandelen
leiderschap coaching teamleider management strategie innovatie verandermanagement hr recruitment arbeidsrecht
zorg verpleging dementie medicatie reanimatie bhv ehbo veiligheid vca heftruck logistiek transport planning
onderwijs didactiek pedagogiek jeugdzorg welzijn psychologie mindfulness stress timemanagement feedback conflicten
klantgericht klantenservice hospitality horeca café bakkerij techniek elektrotechniek installatietechniek
werktuigbouw lassen cnc plc duurzaamheid energie zonnepanelen warmtepomp bouw bim autocad revit architectuur
engels duits frans spaans nederlands taal grammatica zakelijk juridisch contractenrecht privacyrecht
ondernemen startup e-commerce seo sociale media ux design photoshop illustrator fotografie video`.split(/\s+/);

const FORMS = `cursus training opleiding workshop masterclass leergang basis gevorderd praktijk introductie
verdieping intensief programma module certificaat diploma bootcamp e-learning`.split(/\s+/);

const GLUE = `voor en met in de het van een op naar bij over zonder door als jouw je we leer je werken beter
slim sneller praktisch effectief professioneel zelf samen team organisatie dagelijkse toepassen
begrijpen verbeteren ontwikkelen vaardigheden kennis inzicht resultaat één collega's klanten`.split(/\s+/);

const CITIES = `Amsterdam Rotterdam Den-Haag Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn
Arnhem Haarlem Enschede Amersfoort Zaanstad 's-Hertogenbosch Zwolle Leiden Maastricht Dordrecht Zoetermeer
Ede Emmen Westland Delft Venlo Deventer Leeuwarden Alkmaar Sittard Helmond Heerlen Hilversum Oss Hengelo
Purmerend Roosendaal Schiedam Lelystad`.split(/\s+/).map((city) => city.replace('-', ' '));

const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
const FORMATS = ['online', 'classroom', 'blended', 'self-paced', 'workplace'] as const;
const CERTIFICATIONS = [['nrto'], ['cedeo'], ['nrto', 'cedeo'], ['nvao'], [], []] as const;

/** `count` valid courses from `seed`; offerings start between `from` and a year later. */
export function generateCatalogue(count: number, seed: number, from = '2026-01-01'): CourseSummary[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  /** Zipf-like: low indexes far more often, like real catalogues (a few big providers, popular topics). */
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 2.5)]!;
  const providerCount = Math.max(20, Math.round(count / 150));
  const providers = Array.from({ length: providerCount }, (_, i) => ({
    id: `prov-${i}`,
    name: `${pick(['Academie', 'Instituut', 'Opleidingen', 'Training', 'Hogeschool', 'Leerhuis'])} ${pick(SUBJECTS)} ${pick(['Noord', 'Zuid', 'Holland', 'Nederland', 'Groep', 'Plus', 'NL'])}`,
    certifications: [...pick(CERTIFICATIONS)],
  }));
  const topics = SUBJECTS.slice(0, 60);
  const fromDay = Date.parse(from);
  return Array.from({ length: count }, (_, i) => {
    const subject = skewed(SUBJECTS);
    const courseTopics = [subject, ...(random() < 0.5 ? [skewed(topics)] : [])];
    const title = `${pick(FORMS)} ${subject}${random() < 0.6 ? ` ${pick(GLUE)} ${pick(SUBJECTS)}` : ''}${random() < 0.3 ? ` ${pick(FORMS)}` : ''}`;
    const summaryWords = Array.from({ length: 15 + Math.floor(random() * 21) }, () => (random() < 0.7 ? pick(GLUE) : pick(SUBJECTS)));
    const format = pick(FORMATS);
    const offeringCount = format === 'self-paced' ? 1 : Math.floor(random() * 5);
    return {
      id: `course-${i}`,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      summary: `${summaryWords.join(' ')}.`,
      provider: skewed(providers),
      topics: [...new Set(courseTopics)],
      skills: random() < 0.5 ? [{ label: `${pick(SUBJECTS)} ${pick(['toepassen', 'analyseren', 'plannen'])}` }] : [],
      level: pick(LEVELS),
      languages: random() < 0.8 ? ['nl'] : random() < 0.7 ? ['en'] : ['nl', 'en'],
      format,
      durationHours: 2 + Math.floor(random() ** 2 * 200),
      price: { amount: Math.round(50 + random() ** 2 * 4000) * 100, currency: 'EUR', vatIncluded: random() < 0.5 },
      fundingTags: random() < 0.3 ? ['stap-eligible'] : [],
      offerings: Array.from({ length: offeringCount }, (_, o) => ({
        id: `course-${i}-${o}`,
        start: format === 'self-paced' ? null : new Date(fromDay + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10),
        end: null,
        location: format === 'online' || format === 'self-paced' ? null : { city: pick(CITIES) },
        seatsLeft: Math.floor(random() * 20),
      })),
      url: `https://opleidingen.example.nl/cursus/${i}`,
      updatedAt: '2026-01-01T00:00:00Z',
    };
  });
}
