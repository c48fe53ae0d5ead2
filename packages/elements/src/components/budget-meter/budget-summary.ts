import type { Budget, BudgetPot } from '@leerbudget/contract';
import { expiringSoon, isoDay, lastUsableDay, potTotal, usableOn, type ExpiryNudge } from '@leerbudget/sdk/funding';

/** How far ahead the meter warns that money or hours expire. */
export const NUDGE_WITHIN_DAYS = 120;

/** One pot with its numbers made safe to draw. */
export interface PotSummary {
  pot: BudgetPot;
  total: number;
  spent: number;
  reserved: number;
  /** What can still be used: never below zero, never more than `total - spent - reserved`; after `expiresAt`, what carried over. */
  available: number;
  /** `available / total`, always within 0–1. */
  fraction: number;
  /** The last usable day (of the carried-over amount, if any) has passed; the pot counts for nothing. */
  expired: boolean;
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
   * of `available` ends on that day. `null` when nothing left ever expires.
   */
  firstExpiry: { amount: number; lastDay: string } | null;
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
  return { pot, total, spent, reserved, available, fraction: fractionOf(available, total), expired };
}

function sumUnit(pots: PotSummary[], unit: 'money' | 'hours', currency: string | undefined): UnitTotal {
  const usable = pots.filter((summary) => !summary.expired);
  const total = usable.reduce((sum, summary) => sum + summary.total, 0);
  const available = usable.reduce((sum, summary) => sum + summary.available, 0);
  const expiring = usable.filter((summary) => summary.available > 0 && summary.pot.expiresAt !== null);
  const lastDay = expiring.map((summary) => isoDay(summary.pot.expiresAt as string)).sort()[0];
  const firstExpiry = lastDay
    ? {
        lastDay,
        amount: expiring
          .filter((summary) => isoDay(summary.pot.expiresAt as string) === lastDay)
          .reduce((sum, summary) => sum + summary.available, 0),
      }
    : null;
  return { unit, currency, total, available, fraction: fractionOf(available, total), firstExpiry };
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
  const [nudge] = expiringSoon(own, { withinDays: NUDGE_WITHIN_DAYS, today });
  return { money, hours, pots, teamPots, nudge };
}
