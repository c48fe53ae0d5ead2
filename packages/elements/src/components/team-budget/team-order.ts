import type { TeamMember } from '@leerbudget/contract';

/** The orders of the team list: soonest expiry first (the default), by name, or most money left first. */
export type TeamOrder = 'expiry' | 'name' | 'available';
export const TEAM_ORDERS: readonly TeamOrder[] = ['expiry', 'name', 'available'];

const byName = (a: TeamMember, b: TeamMember, locale: string) =>
  a.displayName.localeCompare(b.displayName, locale) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The members in `order`. "Vervalt het eerst" puts the earliest expiry first and people with nothing expiring
 * within 90 days last; ties go by name, so the list never jumps around between loads.
 */
export function sortTeam(members: readonly TeamMember[], order: TeamOrder, locale: string): TeamMember[] {
  return [...members].sort((a, b) => {
    if (order === 'available') return b.availableMoney - a.availableMoney || byName(a, b, locale);
    if (order === 'expiry') {
      const dateA = a.nextExpiry?.date ?? '9999-12-31';
      const dateB = b.nextExpiry?.date ?? '9999-12-31';
      if (dateA !== dateB) return dateA < dateB ? -1 : 1;
    }
    return byName(a, b, locale);
  });
}
