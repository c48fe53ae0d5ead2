import type { BudgetPot } from '@leerbudget/contract';
import type { FundingLine } from './funding-types.js';
import { orderPots } from './pot-order.js';
import { fromPlanUnits, toPlanUnits, type PlanUnit } from './plan-units.js';
import type { RoutePotTotal } from './route-types.js';

/**
 * What each pot pays over all the steps of a route, one total per pot in the order the pots are used.
 * Sums run in whole plan units (cents, hundredths of an hour) so they stay exact.
 * @param pots the route's pots as given, for their plan order.
 */
export function totalsByPot(
  lines: readonly FundingLine[],
  unit: PlanUnit,
  pots: readonly BudgetPot[],
): RoutePotTotal[] {
  const unitsByPot = new Map<string, { line: FundingLine; units: number }>();
  for (const line of lines) {
    const sum = unitsByPot.get(line.potId);
    unitsByPot.set(line.potId, { line: sum?.line ?? line, units: (sum?.units ?? 0) + toPlanUnits(line.amount, unit) });
  }
  const rankById = new Map(orderPots(pots).map((pot, rank) => [pot.id, rank]));
  const rank = (potId: string): number => rankById.get(potId) ?? rankById.size;
  return [...unitsByPot.values()]
    .sort((a, b) => rank(a.line.potId) - rank(b.line.potId))
    .map(({ line, units }) => ({
      potId: line.potId,
      potName: line.potName,
      kind: line.kind,
      amount: fromPlanUnits(units, unit),
    }));
}
