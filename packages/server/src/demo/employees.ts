import type { BudgetPot, DemoUser } from '@leerbudget/contract';
import { isoDateAfter } from '../calendar.js';
import type { EmployeeRecord } from '../store.js';
import { withProgress } from './learning-path-progress.js';

/** A demo employee with everything the API serves about them. */
export type DemoEmployee = EmployeeRecord;

/** The demo token of an employee: demo mode only, never use this scheme for real users. */
export function demoTokenOf(userId: string): string {
  return `demo-${userId}`;
}

const SCENARIOS = [
  { id: 'anna', displayName: 'Anna Jansen', scenario: 'Alleen een persoonlijk budget.' },
  {
    id: 'sanne',
    displayName: 'Sanne de Vries',
    scenario: 'Vier potjes: eigen budget, sectorfonds, overheid en een leerrekening.',
  },
  {
    id: 'mehmet',
    displayName: 'Mehmet Yılmaz',
    scenario: 'Automonteur met een leerroute naar elektrisch. Zijn eigen budget verloopt binnen 30 dagen.',
  },
  {
    id: 'fatima',
    displayName: 'Fatima El Amrani',
    scenario: 'Zorgmedewerker met een budget in uren (scholingstijd). Werkt 24 van 36 uur: haar budget is naar rato.',
  },
  { id: 'pieter', displayName: 'Pieter Bakker', scenario: 'Heeft geen budget.' },
  {
    id: 'lisa',
    displayName: 'Lisa de Boer',
    scenario:
      'Leidinggevende van een team, met een teambudget voor een eigen lijst cursussen. Wat ze zelf niet gebruikt, gaat mee naar volgend jaar.',
  },
  { id: 'james', displayName: 'James Wilson', scenario: 'Spreekt Engels. Ziet alles in het Engels.' },
  {
    id: 'hanna',
    displayName: 'Hanna Visser',
    scenario:
      'Werkt bij HR: keurt aanvragen op het teambudget goed en meldt cursussen als afgerond. Haar loopbaanbudget begint later.',
  },
] as const;

/**
 * Who decides whose requests: Lisa manages everyone else, and Hanna (HR) is Lisa's manager. Lisa's team pot
 * names HR as approver, so Hanna decides requests on it.
 */
const MANAGER_OF: Record<string, string> = {
  anna: 'lisa',
  sanne: 'lisa',
  mehmet: 'lisa',
  fatima: 'lisa',
  pieter: 'lisa',
  james: 'lisa',
  lisa: 'hanna',
  hanna: 'lisa',
};

/** The departments of HR's insights: the demo employees sit among the generated organisation's people. */
const DEPARTMENT_OF: Record<string, string> = {
  anna: 'Financiën',
  sanne: 'Techniek',
  mehmet: 'Techniek',
  fatima: 'Zorg',
  pieter: 'Logistiek',
  lisa: 'Klantenservice',
  james: 'ICT',
  hanna: 'HR',
};

/** The demo employees with their tokens, for the "view as" switcher of the demo page. */
export const demoUsers: readonly DemoUser[] = SCENARIOS.map((user) => ({ ...user, token: demoTokenOf(user.id) }));

const EUR = 100;

interface PotSpec extends Omit<BudgetPot, 'available' | 'rules' | 'carryOver' | 'currency'> {
  rules?: Partial<BudgetPot['rules']>;
  carryOver?: boolean;
}

/** Fills in `available`, currency and default rules, so each pot below states only what makes it special. */
function pot(spec: PotSpec): BudgetPot {
  const { rules, carryOver, ...rest } = spec;
  return {
    ...rest,
    ...(spec.unit === 'money' ? { currency: 'EUR' } : {}),
    available: spec.total - spec.spent - spec.reserved,
    carryOver: carryOver ?? false,
    rules: { coveragePercent: 100, requiresCertifiedProvider: false, requiresApproval: false, ...rules },
  };
}

function annaOf(today: Date): DemoEmployee {
  return {
    me: { id: 'anna', displayName: 'Anna Jansen', locale: 'nl', manages: [] },
    token: demoTokenOf('anna'),
    pots: [
      pot({
        id: 'anna-personal',
        name: 'Persoonlijk opleidingsbudget',
        kind: 'personal',
        funder: { name: 'Werkgever' },
        unit: 'money',
        total: 1000 * EUR,
        spent: 250 * EUR,
        reserved: 0,
        validFrom: isoDateAfter(today, -120),
        expiresAt: isoDateAfter(today, 245),
        priority: 1,
      }),
    ],
    learningPaths: [],
  };
}

function sanneOf(today: Date): DemoEmployee {
  return {
    me: { id: 'sanne', displayName: 'Sanne de Vries', locale: 'nl', manages: [] },
    token: demoTokenOf('sanne'),
    pots: [
      pot({
        id: 'sanne-otib',
        name: 'Opleidingsbudget installatiebranche',
        kind: 'sector-fund',
        funder: { name: 'OTIB (O&O-fonds installatiebranche)' },
        unit: 'money',
        total: 1500 * EUR,
        spent: 300 * EUR,
        reserved: 0,
        validFrom: isoDateAfter(today, -200),
        expiresAt: isoDateAfter(today, 165),
        priority: 1,
        rules: {
          coveragePercent: 50,
          maxPerCourse: 750 * EUR,
          eligibleTopics: ['installatietechniek', 'warmtepompen', 'zonne-energie', 'energietransitie'],
          requiresCertifiedProvider: true,
          minCourseHours: 8,
        },
      }),
      pot({
        id: 'sanne-ontwikkelbudget',
        name: 'Ontwikkelbudget (opvolger STAP)',
        kind: 'government',
        funder: { name: 'Rijksoverheid' },
        unit: 'money',
        total: 1000 * EUR,
        spent: 0,
        reserved: 0,
        validFrom: isoDateAfter(today, -30),
        expiresAt: isoDateAfter(today, 335),
        priority: 2,
        rules: { maxPerCourse: 1000 * EUR, eligibleFundingTags: ['stap-eligible'], requiresCertifiedProvider: true },
      }),
      pot({
        id: 'sanne-personal',
        name: 'Persoonlijk opleidingsbudget',
        kind: 'personal',
        funder: { name: 'Werkgever' },
        unit: 'money',
        total: 1000 * EUR,
        spent: 150 * EUR,
        reserved: 100 * EUR,
        validFrom: isoDateAfter(today, -90),
        expiresAt: isoDateAfter(today, 275),
        priority: 3,
      }),
      pot({
        id: 'sanne-leerrekening',
        name: 'Individuele leerrekening',
        kind: 'learning-account',
        funder: { name: 'Werkgever en sectorfonds samen' },
        unit: 'money',
        total: 2400 * EUR,
        spent: 600 * EUR,
        reserved: 0,
        validFrom: isoDateAfter(today, -700),
        expiresAt: null,
        carryOver: true,
        priority: 4,
        rules: { coveragePercent: 75, requiresApproval: true, approver: 'Leidinggevende' },
      }),
    ],
    learningPaths: [
      withProgress({
        id: 'path-sanne-warmtepomp',
        title: 'Monteur warmtepompen',
        goal: 'Zelfstandig warmtepompen installeren en onderhouden.',
        owner: 'self',
        outcomes: ['F-gassen certificaat', 'Warmtepompmonteur'],
        steps: [
          {
            id: 'sanne-1',
            kind: 'course',
            title: 'NEN 3140 voldoend onderricht persoon',
            courseId: 'inst-nen3140',
            offeringId: 'inst-nen3140-1',
            plannedStart: isoDateAfter(today, 6),
            status: 'todo',
            estimatedHours: 7,
          },
          {
            id: 'sanne-2',
            kind: 'course',
            title: 'Warmtepompen installeren en onderhouden',
            courseId: 'inst-warmtepomp',
            offeringId: 'inst-warmtepomp-1',
            plannedStart: isoDateAfter(today, 18),
            status: 'todo',
            estimatedHours: 40,
          },
          {
            id: 'sanne-3',
            kind: 'workplace',
            title: 'Drie installaties samen met een ervaren monteur',
            instructions:
              'Plan met je leidinggevende drie klussen waarbij je samen met een ervaren collega een warmtepomp plaatst.',
            status: 'todo',
            estimatedHours: 24,
          },
          {
            id: 'sanne-4',
            kind: 'course',
            title: 'F-gassen certificaat (categorie I)',
            courseId: 'inst-f-gassen',
            offeringId: 'inst-f-gassen-1',
            plannedStart: isoDateAfter(today, 25),
            status: 'todo',
            estimatedHours: 32,
          },
        ],
      }),
    ],
  };
}

function mehmetOf(today: Date): DemoEmployee {
  return {
    me: { id: 'mehmet', displayName: 'Mehmet Yılmaz', locale: 'nl', manages: [] },
    token: demoTokenOf('mehmet'),
    pots: [
      // Covers 895 + 1,205 of the 1,650 diagnose course, then it is empty: the route outgrows it midway.
      pot({
        id: 'mehmet-oomt',
        name: 'Opleidingsbudget mobiliteitsbranche',
        kind: 'sector-fund',
        funder: { name: 'OOMT (O&O-fonds mobiliteitsbranche)' },
        unit: 'money',
        total: 2500 * EUR,
        spent: 400 * EUR,
        reserved: 0,
        validFrom: isoDateAfter(today, -300),
        expiresAt: isoDateAfter(today, 430),
        priority: 1,
        rules: {
          maxPerCourse: 1500 * EUR,
          eligibleTopics: ['elektrisch rijden', 'autotechniek'],
          requiresCertifiedProvider: true,
        },
      }),
      // Expires 21 days from today: before the route's second course starts.
      pot({
        id: 'mehmet-personal',
        name: 'Persoonlijk opleidingsbudget',
        kind: 'personal',
        funder: { name: 'Autobedrijf Van Dijk' },
        unit: 'money',
        total: 600 * EUR,
        spent: 150 * EUR,
        reserved: 0,
        validFrom: isoDateAfter(today, -344),
        expiresAt: isoDateAfter(today, 21),
        priority: 2,
      }),
    ],
    learningPaths: [
      withProgress({
        id: 'path-mehmet-ev',
        title: 'Van benzine naar elektrisch',
        goal: "Zelfstandig onderhoud en diagnose doen aan elektrische auto's.",
        owner: 'manager',
        outcomes: ['NEN 9140 VOP', 'NEN 9140 VP', 'EV-technicus'],
        steps: [
          {
            id: 'mehmet-1',
            kind: 'reading',
            title: 'Lees het veiligheidsprotocol van de werkplaats',
            instructions: "Lees het protocol voor elektrische auto's en bespreek je vragen met je leidinggevende.",
            status: 'done',
            estimatedHours: 2,
          },
          {
            id: 'mehmet-2',
            kind: 'course',
            title: 'Veilig werken aan elektrische voertuigen (VOP)',
            courseId: 'ev-veilig-werken',
            offeringId: 'ev-veilig-werken-1',
            plannedStart: isoDateAfter(today, 14),
            due: isoDateAfter(today, 16),
            status: 'todo',
            estimatedHours: 24,
          },
          {
            id: 'mehmet-3',
            kind: 'workplace',
            title: 'Meewerken met de EV-specialist',
            instructions: 'Werk vier weken één dag per week samen met de EV-specialist van de werkplaats.',
            plannedStart: isoDateAfter(today, 21),
            due: isoDateAfter(today, 49),
            status: 'todo',
            estimatedHours: 32,
            // The specialist's dealer charges for the days; the personal pot pays it on its last valid day.
            price: { amount: 350 * EUR, currency: 'EUR', vatIncluded: true },
          },
          {
            id: 'mehmet-4',
            kind: 'course',
            title: 'Diagnose aan hoogvoltsystemen (VP)',
            courseId: 'ev-hoogvolt-diagnose',
            offeringId: 'ev-hoogvolt-diagnose-1',
            plannedStart: isoDateAfter(today, 75),
            due: isoDateAfter(today, 79),
            status: 'todo',
            estimatedHours: 40,
          },
          {
            id: 'mehmet-5',
            kind: 'coaching',
            title: 'Coachgesprekken met je praktijkopleider',
            instructions: 'Drie gesprekken over wat goed gaat en wat je nog lastig vindt.',
            plannedStart: isoDateAfter(today, 90),
            status: 'todo',
            estimatedHours: 3,
          },
          {
            id: 'mehmet-6',
            kind: 'course',
            title: 'Laadinfrastructuur en batterijmanagement',
            courseId: 'ev-laadinfra-batterij',
            offeringId: 'ev-laadinfra-batterij-1',
            plannedStart: isoDateAfter(today, 150),
            due: isoDateAfter(today, 164),
            status: 'todo',
            estimatedHours: 32,
          },
          {
            id: 'mehmet-7',
            kind: 'assessment',
            title: 'Praktijkbeoordeling EV-technicus',
            instructions:
              'Je laat in de werkplaats zien dat je een storing aan een elektrische auto zelfstandig en veilig oplost.',
            plannedStart: isoDateAfter(today, 180),
            due: isoDateAfter(today, 180),
            status: 'todo',
            estimatedHours: 4,
          },
        ],
      }),
    ],
  };
}

function fatimaOf(today: Date): DemoEmployee {
  return {
    me: { id: 'fatima', displayName: 'Fatima El Amrani', locale: 'nl', manages: [] },
    token: demoTokenOf('fatima'),
    pots: [
      pot({
        id: 'fatima-hours',
        name: 'Scholingsuren',
        kind: 'time',
        funder: { name: 'Zorggroep De Linde' },
        unit: 'hours',
        total: 40,
        spent: 12,
        reserved: 8,
        validFrom: isoDateAfter(today, -150),
        expiresAt: isoDateAfter(today, 215),
        priority: 1,
      }),
      pot({
        id: 'fatima-personal',
        name: 'Persoonlijk opleidingsbudget',
        kind: 'personal',
        funder: { name: 'Zorggroep De Linde' },
        unit: 'money',
        total: 500 * EUR,
        spent: 85 * EUR,
        reserved: 0,
        validFrom: isoDateAfter(today, -150),
        expiresAt: isoDateAfter(today, 215),
        priority: 2,
        rules: {
          // Fatima works part time: 24 of 36 hours, so she gets two thirds of the full-time € 750.
          proRata: { fullTimeHours: 36, contractHours: 24, fullTimeTotal: 750 * EUR },
          eligibleTopics: ['zorg', 'eerste hulp', 'dementie', 'medicatie'],
          requiresApproval: true,
          approver: 'Teamleider',
        },
      }),
    ],
    learningPaths: [
      withProgress({
        id: 'path-fatima-dementie',
        title: 'Specialist dementiezorg',
        goal: 'Bewoners met dementie goede en rustige zorg geven.',
        owner: 'hr',
        outcomes: ['Aandachtsvelder dementie'],
        steps: [
          {
            id: 'fatima-1',
            kind: 'course',
            title: 'Reanimatie en AED',
            courseId: 'zorg-reanimatie-aed',
            offeringId: 'zorg-reanimatie-aed-1',
            plannedStart: isoDateAfter(today, 5),
            status: 'done',
            estimatedHours: 4,
          },
          {
            id: 'fatima-2',
            kind: 'course',
            title: 'Omgaan met mensen met dementie',
            courseId: 'zorg-dementie',
            offeringId: 'zorg-dementie-1',
            plannedStart: isoDateAfter(today, 20),
            status: 'in-progress',
            estimatedHours: 16,
          },
          {
            id: 'fatima-3',
            kind: 'coaching',
            title: "Intervisie met collega's",
            instructions: "Bespreek elke maand een situatie van je afdeling met twee collega's.",
            status: 'todo',
            estimatedHours: 6,
          },
          {
            id: 'fatima-4',
            kind: 'event',
            title: 'Alzheimer Café bezoeken',
            instructions: 'Ga één keer naar een Alzheimer Café in de buurt en vertel je team wat je hebt geleerd.',
            status: 'todo',
            estimatedHours: 2,
          },
        ],
      }),
    ],
  };
}

function pieterOf(): DemoEmployee {
  return {
    me: { id: 'pieter', displayName: 'Pieter Bakker', locale: 'nl', manages: [] },
    token: demoTokenOf('pieter'),
    pots: [],
    learningPaths: [],
  };
}

/** The courses the Klantenservice department chose for its team budget. */
export const KLANTENSERVICE_COURSES = [
  'lead-feedback-geven',
  'lead-mediation',
  'lead-timemanagement',
  'taal-zakelijk-schrijven',
  'taal-spreken-b1',
  'taal-business-english',
  'ict-security-awareness',
];

function lisaOf(today: Date): DemoEmployee {
  return {
    me: {
      id: 'lisa',
      displayName: 'Lisa de Boer',
      locale: 'nl',
      manages: [
        { teamId: 'team-klantenservice', teamName: 'Klantenservice', memberCount: 9 },
        { teamId: 'team-planning', teamName: 'Planning', memberCount: 4 },
      ],
    },
    token: demoTokenOf('lisa'),
    pots: [
      pot({
        id: 'lisa-team',
        name: 'Teambudget Klantenservice',
        kind: 'team',
        funder: { name: 'Afdeling Klantenservice' },
        unit: 'money',
        total: 12000 * EUR,
        spent: 4350 * EUR,
        reserved: 1200 * EUR,
        validFrom: isoDateAfter(today, -180),
        expiresAt: isoDateAfter(today, 185),
        priority: 2,
        // The department's own course list (policy in-catalogue): its team budget pays for these only.
        rules: { requiresApproval: true, approver: 'HR', eligibleCourses: KLANTENSERVICE_COURSES },
      }),
      pot({
        id: 'lisa-personal',
        name: 'Persoonlijk opleidingsbudget',
        kind: 'personal',
        funder: { name: 'Werkgever' },
        unit: 'money',
        total: 1500 * EUR,
        spent: 0,
        reserved: 0,
        validFrom: isoDateAfter(today, -180),
        expiresAt: isoDateAfter(today, 185),
        priority: 1,
        // What Lisa does not use this year, up to € 500, she can still use next year.
        carryOver: true,
        rules: { carryOverMax: 500 * EUR, carryOverUntil: isoDateAfter(today, 185 + 365) },
      }),
    ],
    learningPaths: [
      withProgress({
        id: 'path-lisa-leiderschap',
        title: 'Groeien als leidinggevende',
        goal: 'Een hybride team coachend aansturen.',
        owner: 'self',
        outcomes: ['Coachend leidinggeven'],
        steps: [
          {
            id: 'lisa-1',
            kind: 'course',
            title: 'Feedback geven en ontvangen',
            courseId: 'lead-feedback-geven',
            offeringId: 'lead-feedback-geven-1',
            plannedStart: isoDateAfter(today, 6),
            status: 'done',
            estimatedHours: 4,
          },
          {
            id: 'lisa-2',
            kind: 'course',
            title: 'Leidinggeven aan hybride teams',
            courseId: 'lead-hybride-teams',
            offeringId: 'lead-hybride-teams-1',
            plannedStart: isoDateAfter(today, 20),
            status: 'in-progress',
            estimatedHours: 12,
          },
          {
            id: 'lisa-3',
            kind: 'coaching',
            title: 'Vijf sessies met een loopbaancoach',
            status: 'todo',
            estimatedHours: 7.5,
          },
          {
            id: 'lisa-4',
            kind: 'workplace',
            title: 'Teamafspraken over thuiswerken maken',
            instructions:
              'Maak samen met je team afspraken over bereikbaarheid en overleg, en evalueer ze na zes weken.',
            status: 'todo',
            estimatedHours: 6,
          },
          {
            id: 'lisa-5',
            kind: 'course',
            title: 'Coachend leidinggeven',
            courseId: 'lead-coachend-leidinggeven',
            offeringId: 'lead-coachend-leidinggeven-1',
            plannedStart: isoDateAfter(today, 42),
            status: 'todo',
            estimatedHours: 24,
          },
        ],
      }),
    ],
  };
}

function jamesOf(today: Date): DemoEmployee {
  return {
    me: { id: 'james', displayName: 'James Wilson', locale: 'en', manages: [] },
    token: demoTokenOf('james'),
    pots: [
      pot({
        id: 'james-personal',
        name: 'Personal learning budget',
        kind: 'personal',
        funder: { name: 'Employer' },
        unit: 'money',
        total: 1200 * EUR,
        spent: 295 * EUR,
        reserved: 0,
        validFrom: isoDateAfter(today, -60),
        expiresAt: isoDateAfter(today, 305),
        priority: 1,
        // The one demo pot that asks why: the request dialog then needs a motivation.
        rules: { requiresMotivation: true },
      }),
    ],
    learningPaths: [
      withProgress({
        id: 'path-james-dutch',
        title: 'Settling in: Dutch at work',
        goal: 'Follow team meetings in Dutch within a year.',
        owner: 'self',
        outcomes: ['Dutch A2'],
        steps: [
          {
            id: 'james-1',
            kind: 'course',
            title: 'Dutch for Expats (A1)',
            courseId: 'taal-dutch-for-expats',
            offeringId: 'taal-dutch-for-expats-1',
            plannedStart: isoDateAfter(today, 15),
            status: 'todo',
            estimatedHours: 30,
          },
          {
            id: 'james-2',
            kind: 'workplace',
            title: 'Dutch lunch table',
            instructions: 'Join the Dutch-only lunch table once a week.',
            status: 'todo',
            estimatedHours: 10,
          },
          {
            id: 'james-3',
            kind: 'course',
            title: 'Nederlands op de werkvloer (A2)',
            courseId: 'taal-nt2-a2',
            offeringId: 'taal-nt2-a2-2',
            plannedStart: isoDateAfter(today, 110),
            status: 'todo',
            estimatedHours: 40,
          },
        ],
      }),
    ],
  };
}

function hannaOf(today: Date): DemoEmployee {
  return {
    me: { id: 'hanna', displayName: 'Hanna Visser', locale: 'nl', manages: [] },
    token: demoTokenOf('hanna'),
    hr: true,
    pots: [
      pot({
        id: 'hanna-personal',
        name: 'Persoonlijk opleidingsbudget',
        kind: 'personal',
        funder: { name: 'Werkgever' },
        unit: 'money',
        total: 1000 * EUR,
        spent: 0,
        reserved: 0,
        validFrom: isoDateAfter(today, -30),
        expiresAt: isoDateAfter(today, 335),
        priority: 1,
      }),
      // Not started yet: the meter says from which day Hanna can use it.
      pot({
        id: 'hanna-loopbaan',
        name: 'Loopbaanbudget',
        kind: 'personal',
        funder: { name: 'Werkgever' },
        unit: 'money',
        total: 500 * EUR,
        spent: 0,
        reserved: 0,
        validFrom: isoDateAfter(today, 60),
        expiresAt: isoDateAfter(today, 425),
        priority: 2,
      }),
    ],
    learningPaths: [],
  };
}

/** Every demo employee, with budget dates relative to `today` so the scenarios stay true on any day. */
export function demoEmployees(today: Date): DemoEmployee[] {
  const employees = [
    annaOf(today),
    sanneOf(today),
    mehmetOf(today),
    fatimaOf(today),
    pieterOf(),
    lisaOf(today),
    jamesOf(today),
    hannaOf(today),
  ];
  return employees.map((employee) => ({
    ...employee,
    managerId: MANAGER_OF[employee.me.id] ?? null,
    department: DEPARTMENT_OF[employee.me.id] ?? null,
  }));
}
