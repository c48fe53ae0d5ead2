import type { BudgetPot, DeclineReason, RequestStatus } from '@leerbudget/contract';
import { isoDateAfter } from '../calendar.js';
import type {
  OrgEmployee,
  OrgLedgerEntry,
  OrgPot,
  OrgRequest,
  Organisation,
} from '../organisation/write-organisation.js';
import { SeededRandom } from '../synthetic/random.js';

/** Seed of the generated organisation, fixed so every start (and every machine) gets the same people and money. */
export const ORGANISATION_SEED = 20_261_202;

/** People of the demo's generated organisation, around the hand-written demo employees. */
export const DEMO_ORGANISATION_SIZE = 2_000;

/**
 * The twelve departments, with their share of the people, the size of a personal budget (euros) and what else
 * they typically have. "Directie" is deliberately tiny: HR's insights fold it into "overig".
 */
const DEPARTMENTS = [
  { name: 'Zorg', share: 0.21, personal: [500, 1500], hours: 0.6, sector: 0.2 },
  { name: 'Techniek', share: 0.15, personal: [750, 2000], hours: 0, sector: 0.45 },
  { name: 'Klantenservice', share: 0.13, personal: [500, 1250], hours: 0, sector: 0 },
  { name: 'Logistiek', share: 0.11, personal: [500, 1000], hours: 0.2, sector: 0.4 },
  { name: 'ICT', share: 0.09, personal: [1500, 3000], hours: 0, sector: 0 },
  { name: 'Verkoop', share: 0.075, personal: [1000, 2000], hours: 0, sector: 0 },
  { name: 'Facilitair', share: 0.065, personal: [500, 1000], hours: 0.3, sector: 0.1 },
  { name: 'Financiën', share: 0.055, personal: [1000, 2500], hours: 0, sector: 0 },
  { name: 'Marketing', share: 0.045, personal: [1000, 2000], hours: 0, sector: 0 },
  { name: 'Inkoop', share: 0.035, personal: [1000, 2000], hours: 0, sector: 0 },
  { name: 'HR', share: 0.03, personal: [1000, 2000], hours: 0, sector: 0 },
  { name: 'Directie', share: 0, people: 4, personal: [2500, 5000], hours: 0, sector: 0 },
] as const;

export const DEMO_DEPARTMENTS: readonly string[] = DEPARTMENTS.map((department) => department.name);

const FIRST_NAMES = [
  'Daan',
  'Emma',
  'Sem',
  'Julia',
  'Lucas',
  'Mila',
  'Levi',
  'Tess',
  'Finn',
  'Sophie',
  'Noah',
  'Zoë',
  'Milan',
  'Sara',
  'Jesse',
  'Anna',
  'Bram',
  'Eva',
  'Thijs',
  'Lotte',
  'Ruben',
  'Fleur',
  'Youssef',
  'Noor',
  'Mohamed',
  'Fenna',
  'Thomas',
  'Lieke',
  'Jayden',
  'Iris',
  'Stijn',
  'Roos',
  'Ahmed',
  'Yara',
  'Gijs',
  'Femke',
  'Koen',
  'Esra',
  'Mark',
  'Ingrid',
] as const;
const LAST_NAMES = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Janssen',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kaya',
  'Yılmaz',
  'Öztürk',
  'El Idrissi',
  'Bouzid',
  'Kok',
  'Jacobs',
  'de Haan',
  'Vermeulen',
  'van den Heuvel',
  'van der Veen',
  'Hoekstra',
  'Koster',
  'Prins',
  'Huisman',
] as const;

const COURSES = [
  ['zorg-dementie', 'Omgaan met dementie'],
  ['ict-sql-databases', 'SQL en databases'],
  ['lead-hybride-teams', 'Leidinggeven aan hybride teams'],
  ['inst-warmtepomp', 'Warmtepompen installeren en onderhouden'],
  ['taal-nt2-a2', 'Nederlands op de werkvloer (A2)'],
  ['fin-fiscaal-btw', 'Btw in de praktijk'],
] as const;

/** Declines by reason, most common first: the pattern HR should see. */
const DECLINE_WEIGHTS: ReadonlyArray<readonly [DeclineReason, number]> = [
  ['bad-timing', 0.38],
  ['not-job-related', 0.27],
  ['too-expensive', 0.18],
  ['budget-needed-elsewhere', 0.1],
  ['other', 0.07],
];

const EUR = 100;
const DAY_MS = 86_400_000;

/** Euros rounded to € 5, in cents: budgets and prices look like real ones. */
function euros(random: SeededRandom, min: number, max: number): number {
  return Math.round(random.int(min, max) / 5) * 5 * EUR;
}

/** A moment on `day` (an ISO date) during office hours. */
function momentOn(day: string, random: SeededRandom): string {
  return new Date(Date.parse(day) + random.int(8 * 60, 17 * 60) * 60_000).toISOString();
}

function dayBetween(random: SeededRandom, from: string, to: string): string {
  const start = Date.parse(from);
  const days = Math.max(0, Math.floor((Date.parse(to) - start) / DAY_MS));
  return new Date(start + random.int(0, days) * DAY_MS).toISOString().slice(0, 10);
}

function declineReason(random: SeededRandom): DeclineReason {
  let roll = random.next();
  for (const [reason, weight] of DECLINE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return reason;
  }
  return 'other';
}

type Definition = OrgPot['definition'];

function definition(
  id: string,
  kind: BudgetPot['kind'],
  name: string,
  funder: string,
  validFrom: string,
  expiresAt: string | null,
  unit: 'money' | 'hours' = 'money',
): Definition {
  return {
    id,
    name,
    kind,
    funder: { name: funder },
    unit,
    ...(unit === 'money' ? { currency: 'EUR' } : {}),
    validFrom,
    expiresAt,
    carryOver: expiresAt === null,
    priority: kind === 'personal' ? 1 : 2,
    rules: { coveragePercent: 100, requiresCertifiedProvider: false, requiresApproval: kind === 'team' },
  };
}

/** How much of a budget someone uses: many barely touch it, some use it all. */
function usageShare(random: SeededRandom): number {
  const roll = random.next();
  if (roll < 0.3) return 0;
  if (roll < 0.7) return 0.1 + random.next() * 0.3;
  return 0.5 + random.next() * 0.5;
}

/**
 * A pot granted on `validFrom`, spent in one or two courses (each a completed request) on days up to `today`,
 * sometimes with one approved or waiting request still holding money.
 */
function usedPot(
  random: SeededRandom,
  today: string,
  person: OrgEmployee,
  pot: Definition,
  total: number,
  requests: OrgRequest[],
): OrgPot {
  const entries: OrgLedgerEntry[] = [{ kind: 'granted', amount: total, at: momentOn(pot.validFrom!, random) }];
  const lastDay = pot.expiresAt !== null && pot.expiresAt < today ? pot.expiresAt : today;
  const budget = Math.floor((total * usageShare(random)) / (5 * EUR)) * 5 * EUR;
  const courses = budget === 0 ? 0 : random.int(1, 2);
  let left = budget;
  const request = (status: RequestStatus, amount: number, day: string, extra: Partial<OrgRequest> = {}) => {
    const course = random.pick(COURSES);
    const createdAt = momentOn(dayBetween(random, pot.validFrom!, day), random);
    const id = `org-req-${requests.length + 1}`;
    requests.push({
      id,
      employeeId: person.id,
      potId: pot.id,
      amount,
      status,
      courseId: course[0],
      courseTitle: course[1],
      createdAt,
      updatedAt: momentOn(day, random),
      ...extra,
    });
    return id;
  };
  for (let index = 0; index < courses && left > 0; index += 1) {
    const amount = index === courses - 1 ? left : Math.max(5 * EUR, Math.floor(left / (courses - index) / 500) * 500);
    left -= amount;
    const day = dayBetween(random, pot.validFrom!, lastDay);
    entries.push({ kind: 'spent', amount, at: momentOn(day, random), requestId: request('completed', amount, day) });
  }
  const open = total - budget;
  if (pot.unit === 'money' && open >= 200 * EUR && (pot.expiresAt === null || pot.expiresAt >= today)) {
    if (random.chance(0.1)) {
      const amount = euros(random, 100, Math.min(1500, open / EUR));
      const requestId = request(random.chance(0.5) ? 'approved' : 'submitted', amount, today);
      entries.push({ kind: 'reserved', amount, at: momentOn(today, random), requestId });
    }
    // Requests that held nothing in the end: declined (with a reason), cancelled or expired.
    if (random.chance(0.18))
      request('declined', euros(random, 200, 1500), lastDay, { declineReason: declineReason(random) });
    if (random.chance(0.05)) request('cancelled', euros(random, 200, 1500), lastDay);
    if (random.chance(0.03)) request('expired', euros(random, 200, 1500), lastDay);
  }
  return { employeeId: person.id, definition: pot, entries };
}

/**
 * A deterministic organisation of about `size` people in twelve departments, with budgets relative to `today`:
 * personal pots granted in the past year (so they expire through the coming year, some very soon), sector funds,
 * hours, learning accounts, last year's pots that expired with money left, team pots of the team leads, and the
 * requests behind every euro spent. Ids start with `org-`; nobody in it can sign in.
 */
export function generateOrganisation(
  todayDate: Date,
  size = DEMO_ORGANISATION_SIZE,
  seed = ORGANISATION_SEED,
): Organisation {
  const random = new SeededRandom(seed);
  const today = isoDateAfter(todayDate, 0);
  const employees: OrgEmployee[] = [];
  const pots: OrgPot[] = [];
  const requests: OrgRequest[] = [];
  const tiny = DEPARTMENTS.reduce((sum, department) => sum + ('people' in department ? department.people : 0), 0);
  for (const department of DEPARTMENTS) {
    const count = 'people' in department ? department.people : Math.round((size - tiny) * department.share);
    const slug = department.name.toLowerCase().replace(/[^a-z]+/g, '-');
    let head: string | null = null;
    let lead: string | null = null;
    for (let index = 0; index < count; index += 1) {
      const id = `org-${slug}-${index + 1}`;
      // The first person heads the department; every twelfth leads a team and holds its team pot.
      const isLead = index % 12 === 1 || index === 0;
      const person: OrgEmployee = {
        id,
        displayName: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        department: department.name,
        managerId: index === 0 ? null : isLead ? head : lead,
      };
      if (index === 0) head = id;
      if (isLead) lead = id;
      employees.push(person);

      const validFrom = isoDateAfter(todayDate, -random.int(10, 350));
      const expiresAt = isoDateAfter(new Date(Date.parse(validFrom)), 365);
      const [min, max] = department.personal;
      const personal = definition(
        `${id}-personal`,
        'personal',
        'Persoonlijk opleidingsbudget',
        'Werkgever',
        validFrom,
        expiresAt,
      );
      pots.push(usedPot(random, today, person, personal, euros(random, min, max), requests));
      if (random.chance(0.15)) {
        // Last year's pot, expired in the past months with money left: what the organisation lost.
        const ended = isoDateAfter(todayDate, -random.int(5, 300));
        const from = isoDateAfter(new Date(Date.parse(ended)), -365);
        const old = definition(`${id}-last-year`, 'personal', 'Opleidingsbudget vorig jaar', 'Werkgever', from, ended);
        pots.push(usedPot(random, today, person, old, euros(random, min, max), requests));
      }
      if (random.chance(department.sector)) {
        const from = isoDateAfter(todayDate, -random.int(30, 300));
        const sector = definition(
          `${id}-sector`,
          'sector-fund',
          'Opleidingsbudget sectorfonds',
          'Sectorfonds',
          from,
          isoDateAfter(todayDate, random.int(14, 400)),
        );
        pots.push(usedPot(random, today, person, sector, euros(random, 500, 1500), requests));
      }
      if (random.chance(department.hours)) {
        const hours = definition(`${id}-hours`, 'time', 'Scholingsuren', 'Werkgever', validFrom, expiresAt, 'hours');
        pots.push({
          employeeId: id,
          definition: hours,
          entries: [{ kind: 'granted', amount: random.int(16, 40), at: momentOn(validFrom, random) }],
        });
      }
      if (random.chance(0.08)) {
        const account = definition(
          `${id}-account`,
          'learning-account',
          'Individuele leerrekening',
          'Werkgever en sectorfonds samen',
          isoDateAfter(todayDate, -random.int(200, 900)),
          null,
        );
        pots.push(usedPot(random, today, person, account, euros(random, 1000, 3000), requests));
      }
      if (isLead) {
        const team = definition(
          `${id}-team`,
          'team',
          `Teambudget ${department.name}`,
          `Afdeling ${department.name}`,
          validFrom,
          expiresAt,
        );
        pots.push(usedPot(random, today, person, team, euros(random, 3000, 15000), requests));
      }
    }
  }
  return { fingerprint: `${today}/${size}/${seed}`, replacesPrefix: 'org-', employees, pots, requests };
}
