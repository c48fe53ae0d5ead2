import type { InsightGroup, Insights, MonthAmount } from '@leerbudget/contract';

/** One group's money, as chart 1 stacks it. */
export interface GroupMoney {
  key: string;
  spent: number;
  reserved: number;
  available: number;
}

/** What the four charts and their summaries show, summed by month and status over all groups. */
export interface InsightFigures {
  groups: GroupMoney[];
  granted: number;
  spent: number;
  /** The group with the most money left, if any has some. */
  mostAvailable: GroupMoney | undefined;
  expiringByMonth: MonthAmount[];
  /** Expiring within 90 days, in total and the group with the most. */
  expiring90: number;
  mostExpiring90: { key: string; amount: number } | undefined;
  spentByMonth: MonthAmount[];
  busiestMonth: MonthAmount | undefined;
  requests: Record<keyof InsightGroup['requests'], number>;
  requestCount: number;
  declineReasons: { code: string; count: number }[];
}

function sumMonths(lists: readonly MonthAmount[][]): MonthAmount[] {
  const [first = []] = lists;
  return first.map((entry, index) => ({
    month: entry.month,
    amount: lists.reduce((sum, list) => sum + (list[index]?.amount ?? 0), 0),
  }));
}

function largest<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (value(item) > 0 && (best === undefined || value(item) > value(best)) ? item : best),
    undefined,
  );
}

/**
 * The server sends each group's numbers; the charts add them up across groups (every group has the same
 * months, in order). Nothing here looks at people: there are none in the answer.
 */
export function insightFigures(insights: Insights): InsightFigures {
  const groups = insights.groups.map(({ key, spent, reserved, available }) => ({ key, spent, reserved, available }));
  const sum = (pick: (group: InsightGroup) => number) =>
    insights.groups.reduce((total, group) => total + pick(group), 0);
  const expiring = insights.groups.map((group) => ({ key: group.key, amount: group.expiring.days90 }));
  const spentByMonth = sumMonths(insights.groups.map((group) => group.spentByMonth));
  const requests = {
    submitted: sum((group) => group.requests.submitted),
    approved: sum((group) => group.requests.approved),
    completed: sum((group) => group.requests.completed),
    declined: sum((group) => group.requests.declined),
    cancelled: sum((group) => group.requests.cancelled),
    expired: sum((group) => group.requests.expired),
  };
  const reasons = new Map<string, number>();
  for (const group of insights.groups) {
    for (const reason of group.declineReasons) reasons.set(reason.code, (reasons.get(reason.code) ?? 0) + reason.count);
  }
  return {
    groups,
    granted: sum((group) => group.granted),
    spent: sum((group) => group.spent),
    mostAvailable: largest(groups, (group) => group.available),
    expiringByMonth: sumMonths(insights.groups.map((group) => group.expiringByMonth)),
    expiring90: sum((group) => group.expiring.days90),
    mostExpiring90: largest(expiring, (group) => group.amount),
    spentByMonth,
    busiestMonth: largest(spentByMonth, (month) => month.amount),
    requests,
    requestCount: Object.values(requests).reduce((total, count) => total + count, 0),
    declineReasons: [...reasons]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
  };
}
