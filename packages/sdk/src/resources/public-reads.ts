import * as z from 'zod/mini';
import { Course, CourseSummary, Discovery, FundingScheme, type CourseListQuery } from '@leerbudget/contract';
import { bodyOf, type Transport } from '../transport/transport.js';
import { parseItems, parseResource, type ListResult } from '../validation.js';
import type { InFlightRequests } from './in-flight.js';
import type { IssueReporter } from './issue-reporter.js';
import { idSegment } from './id-segment.js';

/** A page of `GET /v1/courses`: the good courses, the left-out ones, and the cursor of the next page. */
export type CoursePageResult = ListResult<CourseSummary> & { nextCursor: string | null };

const CoursePageEnvelope = z.object({
  items: z.array(z.unknown()),
  nextCursor: z.nullable(z.string()),
});

const FundingSchemeEnvelope = z.object({ items: z.array(z.unknown()) });

/** Reads that need no token: discovery, courses and funding schemes. The token is never sent with them. */
export function publicReads(transport: Transport, inFlight: InFlightRequests, issues: IssueReporter) {
  return {
    discover(signal?: AbortSignal): Promise<Discovery> {
      return inFlight.run(
        'public:discovery',
        async (shared) => {
          const response = await transport.get({ path: 'v1', resource: 'Discovery', signal: shared });
          return parseResource('Discovery', Discovery, bodyOf(response));
        },
        signal,
      );
    },

    getCourse(id: string, signal?: AbortSignal): Promise<Course> {
      return inFlight.run(
        `public:course:${id}`,
        async (shared) => {
          const path = `v1/courses/${idSegment('Course', id)}`;
          const response = await transport.get({ path, resource: 'Course', signal: shared });
          return parseResource('Course', Course, bodyOf(response));
        },
        signal,
      );
    },

    /** Schemes that do not match the contract are left out and reported as `issue` events. */
    listFundingSchemes(signal?: AbortSignal): Promise<FundingScheme[]> {
      return inFlight.run(
        'public:funding-schemes',
        async (shared) => {
          const resource = 'FundingSchemes';
          const response = await transport.get({ path: 'v1/funding-schemes', resource, signal: shared });
          const list = parseResource(resource, FundingSchemeEnvelope, bodyOf(response));
          const result = parseItems('FundingScheme', FundingScheme, list.items);
          issues.report(result.issues);
          return result.items;
        },
        signal,
      );
    },

    async listCourses(query: CourseListQuery = {}, signal?: AbortSignal): Promise<CoursePageResult> {
      const searchParams: Record<string, string | undefined> = {
        q: query.q,
        provider: query.provider,
        topic: query.topic,
        limit: query.limit === undefined ? undefined : String(query.limit),
        cursor: query.cursor,
      };
      const response = await transport.get({
        path: 'v1/courses',
        resource: 'Courses',
        searchParams,
        ...(signal ? { signal } : {}),
      });
      const page = parseResource('Courses', CoursePageEnvelope, bodyOf(response));
      const result = parseItems('Course', CourseSummary, page.items);
      issues.report(result.issues);
      return { ...result, nextCursor: page.nextCursor };
    },
  };
}
