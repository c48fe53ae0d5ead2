import { Insights, TeamBudget } from '@leerbudget/contract';
import { parseResource } from '../validation.js';
import { personalResource, type PersonalResource, type ResourceContext } from './personal-resource.js';

/** What `client.organisationInsights` asks for; every field may be left out (department, the last 12 months). */
export interface InsightsQuery {
  groupBy?: 'department' | 'potKind';
  /** First and last day, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

/**
 * The manager's team and HR's organisation numbers: personal resources like the budget (cached per user, wiped
 * on a user change, shared while in flight), loaded on first use so pages without these widgets never download them.
 */
export function insightReads(context: ResourceContext) {
  const teamBudgets = personalResource(context, {
    name: 'team-budgets',
    resource: 'TeamBudget',
    path: 'v1/team/budgets',
    parse: (body) => parseResource('TeamBudget', TeamBudget, body),
  });
  // One resource per query, so each period and grouping has its own cache entry and in-flight request.
  const byQuery = new Map<string, PersonalResource<Insights>>();
  function organisationInsights(query: InsightsQuery = {}): PersonalResource<Insights> {
    const searchParams = { groupBy: query.groupBy, from: query.from, to: query.to };
    const name = `insights:${query.groupBy ?? ''}:${query.from ?? ''}:${query.to ?? ''}`;
    let resource = byQuery.get(name);
    if (resource === undefined) {
      resource = personalResource(context, {
        name,
        resource: 'Insights',
        path: 'v1/organisation/insights',
        searchParams,
        parse: (body) => parseResource('Insights', Insights, body),
      });
      byQuery.set(name, resource);
    }
    return resource;
  }
  return { teamBudgets, organisationInsights };
}
