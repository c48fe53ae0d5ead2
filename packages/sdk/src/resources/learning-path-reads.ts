import * as z from 'zod/mini';
import { LearningPath } from '@leerbudget/contract';
import { bodyOf } from '../transport/transport.js';
import { parseItems, parseResource } from '../validation.js';
import type { IssueReporter } from './issue-reporter.js';
import { personalResource, type ResourceContext } from './personal-resource.js';
import { idSegment } from './id-segment.js';

const LearningPathEnvelope = z.object({ items: z.array(z.unknown()) });

/**
 * The employee's learning paths: a personal resource like the budget, loaded on first use so pages without
 * the learning path (a page with only the meter) never download its schema.
 */
export function learningPathReads(context: ResourceContext, issues: IssueReporter) {
  const learningPaths = personalResource(context, {
    name: 'learning-paths',
    resource: 'LearningPaths',
    path: 'v1/me/learning-paths',
    // Accepts the envelope from the API and the plain array kept in the cache.
    parse: (body) => {
      const items = Array.isArray(body) ? body : parseResource('LearningPaths', LearningPathEnvelope, body).items;
      const result = parseItems('LearningPath', LearningPath, items);
      issues.report(result.issues);
      return result.items;
    },
  });

  async function getLearningPath(id: string, signal?: AbortSignal): Promise<LearningPath> {
    const { session, inFlight } = context;
    const me = await session.identify(signal);
    return inFlight.run(
      context.keys.personal(me.id, `learning-path:${id}`),
      async (shared) => {
        const path = `v1/learning-paths/${idSegment('LearningPath', id)}`;
        const response = await session.authorizedGet({ path, resource: 'LearningPath', signal: shared });
        return parseResource('LearningPath', LearningPath, bodyOf(response));
      },
      signal,
    );
  }

  return { learningPaths, getLearningPath };
}
