import type { Budget, BudgetPot } from '@leerbudget/contract';
import {
  expiringSoon,
  lastUsableDay,
  nextExpiry,
  potTotal,
  startsLater,
  usableOn,
  type CarryOver,
  type ExpiryNudge,
  type LaterAmount,
  type NextExpiry,
} from '@leerbudget/sdk/funding';

/** How far ahead the meter warns that money or hours expire. */
export const NUDGE_WITHIN_DAYS = 120;

/** One pot with its numbers made safe to draw. */
export interface PotSummary {
  pot: BudgetPot;
  total: number;
  spent: number;
  reserved: number;
  /**
   * What can be used today: never below zero, never more than `total - spent - reserved`; after `expiresAt`, what
   * carried over; before the pot starts, nothing.
   */
  available: number;
  /** `available / total`, always within 0–1. */
  fraction: number;
  /** The last usable day (of the carried-over amount, if any) has passed; the pot counts for nothing. */
  expired: boolean;
  /** The pot has not started yet: what it brings, from which day. It is no part of any total until then. */
  later: LaterAmount | null;
  /** What of it ends next, and what of that carries over instead (`null` when nothing ends). */
  expiry: NextExpiry | null;
}

/** What ends first of a total: how much is lost on `lastDay`, and what carries over on that day instead. */
export interface FirstExpiry {
  /** What is lost after `lastDay` (what carries over is not counted). */
  amount: number;
  lastDay: string;
  /**
   * What the pots ending on `lastDay` carry over instead: the sum, until the earliest known end of the
   * carry-over (`null` when no pot says), so the meter never promises a day too many.
   */
  carried: CarryOver | null;
}

/** The sum of pots in one unit (and one currency, for money). */
export interface UnitTotal {
  unit: 'money' | 'hours';
  /** ISO 4217 code for money. */
  currency: string | undefined;
  total: number;
  available: number;
  /** `available / total`, always within 0–1. */
  fraction: number;
  /**
   * What expires first: the earliest last usable day among the pots with something left, and how much
   * of `available` is lost on that day. `null` when nothing left ever expires.
   */
  firstExpiry: FirstExpiry | null;
  /** Pots that have not started yet, per first day, the soonest first: money that comes later, not now. */
  later: LaterAmount[];
}

/** What the meter draws for one budget. */
export interface BudgetSummary {
  /** Money totals per currency, the largest first (normally just euros). */
  money: UnitTotal[];
  /** Time budget in hours, when the employee has any. */
  hours: UnitTotal | undefined;
  /** The employee's own pots, in the order the API gave them. */
  pots: PotSummary[];
  /** Team pots: money the employee looks after for the team, never counted as their own. */
  teamPots: PotSummary[];
  /** The pot that expires first with something left, within {@link NUDGE_WITHIN_DAYS}. */
  nudge: ExpiryNudge | undefined;
}

/** A team pot is the team's money that a manager holds, not the manager's own learning budget. */
export function isTeamPot(pot: BudgetPot): boolean {
  return pot.kind === 'team';
}

/** `NaN`, infinities and negative numbers count as zero. */
function safeAmount(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

function fractionOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.min(1, Math.max(0, part / whole));
}

/**
 * Normalises one pot: impossible numbers (available > total, negatives, a pro-rata total above the
 * employee's share) never reach the bar.
 */
export function summarizePot(pot: BudgetPot, today: string): PotSummary {
  const total = potTotal(pot);
  const spent = safeAmount(pot.spent);
  const reserved = safeAmount(pot.reserved);
  const lastDay = lastUsableDay(pot);
  const expired = lastDay !== null && lastDay < today;
  const available = usableOn(pot, today);
  const later = startsLater(pot, today);
  const expiry = expired || later ? null : nextExpiry(pot, today);
  return { pot, total, spent, reserved, available, fraction: fractionOf(available, total), expired, later, expiry };
}

/** What of these pots ends first, see {@link FirstExpiry}; pots that lose nothing and carry nothing over count not. */
export function firstExpiryOf(pots: readonly PotSummary[]): FirstExpiry | null {
  const ending = pots
    .map((summary) => summary.expiry)
    .filter((expiry): expiry is NextExpiry => expiry !== null && (expiry.amount > 0 || expiry.carried !== null));
  const lastDay = ending.map((expiry) => expiry.lastDay).sort()[0];
  if (lastDay === undefined) return null;
  const first = ending.filter((expiry) => expiry.lastDay === lastDay);
  const carried = first.flatMap((expiry) => (expiry.carried ? [expiry.carried] : []));
  const until = carried.flatMap((carry) => (carry.until ? [carry.until] : [])).sort()[0] ?? null;
  return {
    lastDay,
    amount: first.reduce((sum, expiry) => sum + expiry.amount, 0),
    carried: carried.length === 0 ? null : { amount: carried.reduce((sum, carry) => sum + carry.amount, 0), until },
  };
}

/** The pots that start later, summed per first day, the soonest first. */
function laterOf(pots: readonly PotSummary[]): LaterAmount[] {
  const byDay = new Map<string, number>();
  for (const { later } of pots) {
    if (later && later.amount > 0) byDay.set(later.from, (byDay.get(later.from) ?? 0) + later.amount);
  }
  return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([from, amount]) => ({ amount, from }));
}

/** A total counts what can be used now: expired pots and pots that have not started yet are no part of it. */
function sumUnit(pots: PotSummary[], unit: 'money' | 'hours', currency: string | undefined): UnitTotal {
  const usable = pots.filter((summary) => !summary.expired && !summary.later);
  const total = usable.reduce((sum, summary) => sum + summary.total, 0);
  const available = usable.reduce((sum, summary) => sum + summary.available, 0);
  return {
    unit,
    currency,
    total,
    available,
    fraction: fractionOf(available, total),
    firstExpiry: firstExpiryOf(usable),
    later: laterOf(pots),
  };
}

/**
 * Everything the meter shows for `budget` on `today` (ISO date): totals per unit and currency of the employee's
 * own pots, every pot made safe to draw (team pots apart), and the most urgent expiry nudge.
 */
export function summarizeBudget(budget: Budget, today: string): BudgetSummary {
  const own = budget.pots.filter((pot) => !isTeamPot(pot));
  const pots = own.map((pot) => summarizePot(pot, today));
  const teamPots = budget.pots.filter(isTeamPot).map((pot) => summarizePot(pot, today));
  const byCurrency = new Map<string, PotSummary[]>();
  for (const summary of pots) {
    if (summary.pot.unit !== 'money') continue;
    const currency = summary.pot.currency ?? 'EUR';
    byCurrency.set(currency, [...(byCurrency.get(currency) ?? []), summary]);
  }
  const money = [...byCurrency].map(([currency, group]) => sumUnit(group, 'money', currency));
  money.sort((a, b) => b.total - a.total);
  const hourPots = pots.filter((summary) => summary.pot.unit === 'hours');
  const hours = hourPots.length > 0 ? sumUnit(hourPots, 'hours', undefined) : undefined;
  // A pot that has not started is not money to spend soon: it says from when it can be used instead.
  const started = pots.filter((summary) => !summary.later).map((summary) => summary.pot);
  const [nudge] = expiringSoon(started, { withinDays: NUDGE_WITHIN_DAYS, today });
  return { money, hours, pots, teamPots, nudge };
}
