import './zod-config.js';
import * as z from 'zod/mini';
import { API_VERSION, CONTRACT_VERSION } from './version.js';
import { HttpsUrl, Money, jsonSchemaHints } from './common.js';
import { Discovery } from './discovery.js';
import { Course, CoursePage, CourseSummary, Credential, Offering, Price, Provider, Skill } from './course.js';
import { FundingScheme, FundingSchemeList } from './funding-scheme.js';
import { CatalogueSnapshot } from './catalogue.js';
import { Me } from './me.js';
import { Budget, BudgetPot, PotRules } from './budget.js';
import { LearningPath, LearningPathList, LearningStep } from './learning-path.js';
import { Problem } from './problem.js';
import {
  CourseRequest,
  CourseRequestList,
  CreateRequestBody,
  DecisionBody,
  LedgerEntry,
  PotHistory,
  RefusalReason,
  RequestApprover,
  RequestEvent,
  RequestLine,
  ServerPlan,
} from './request.js';
import { DemoUser, DemoUserList } from './demo.js';
import { ExpiryNotice, InsightGroup, Insights, MonthAmount, TeamBudget, TeamMember } from './insights.js';
import * as examples from './openapi-examples.js';

type Json = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string, example: unknown = examples.COMPONENT_EXAMPLES[id]) => ({
  description,
  content: { 'application/json': { schema: ref(id), example } },
});
const problem = (description: string, example: Problem) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem'), example } },
});
const forbidden: Problem = { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'You may not see this.' };
const bearer = [{ bearerAuth: [] }];
const optionalBearer = [{}, { bearerAuth: [] }];
const personal = {
  '401': problem('No valid token. Sign in again.', examples.unauthorizedExample),
  '403': problem('No access.', forbidden),
};

const pathParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const queryParam = (name: string, description: string, schema: Json = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'A fresh random key per request (a UUID); send the same key again only to retry a lost answer.',
  schema: { type: 'string', minLength: 8, maxLength: 200 },
};
const etagHeader = { description: "The request's version, for `If-Match`", schema: { type: 'string' } };

/** Contract clients must ignore unknown fields, so the document must not forbid them. */
function allowUnknownFields(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(allowUnknownFields);
  if (node === null || typeof node !== 'object') return;
  const record = node as Json;
  if (record.additionalProperties === false) delete record.additionalProperties;
  Object.values(record).forEach(allowUnknownFields);
}

/** The named components of the document; nested uses become `$ref`s. */
const COMPONENTS: ReadonlyArray<[z.core.$ZodType, string, string?]> = [
  [HttpsUrl, 'HttpsUrl', 'An absolute https URL. Other schemes are rejected.'],
  [Money, 'Money', 'An amount in integer minor units (cents) with an ISO 4217 currency.'],
  [Discovery, 'Discovery', 'What this API supports. Clients check `capabilities` before calling an endpoint.'],
  [Provider, 'Provider'],
  [
    Skill,
    'Skill',
    'A skill the course teaches, optionally with its ESCO concept URI. Clients link to the URI only when it is https.',
  ],
  [Credential, 'Credential', 'What the course leads to, who issues it, and whether a public register recognises it.'],
  [
    Offering,
    'Offering',
    'One run of a course. `location` is null for online runs; `start` is null for self-paced runs.',
  ],
  [Price, 'Price', 'Total cost for the participant in minor units (cents).'],
  [
    CourseSummary,
    'CourseSummary',
    'What search, facets and result cards need; the description comes from `GET /v1/courses/{id}`.',
  ],
  [Course, 'Course', 'A course with its plain-text description. Render every text field as text, never as markup.'],
  [CoursePage, 'CoursePage'],
  [
    CatalogueSnapshot,
    'CatalogueSnapshot',
    'The whole catalogue (`kind: snapshot`) or the changes since `?since=` (`kind: delta`).',
  ],
  [Me, 'Me'],
  [PotRules, 'PotRules'],
  [BudgetPot, 'BudgetPot', 'One source of learning money (minor units) or time (hours).'],
  [Budget, 'Budget', 'All budget pots of the employee.'],
  [FundingScheme, 'FundingScheme', 'The public rules of a sector fund or government scheme. No balances, no people.'],
  [FundingSchemeList, 'FundingSchemeList'],
  [LearningStep, 'LearningStep'],
  [LearningPath, 'LearningPath'],
  [LearningPathList, 'LearningPathList'],
  [
    CreateRequestBody,
    'CreateRequestBody',
    'Request a course run. The server plans the price over the pots as they are now.',
  ],
  [RequestLine, 'RequestLine', 'What one pot holds or paid for a request.'],
  [RequestApprover, 'RequestApprover'],
  [RequestEvent, 'RequestEvent'],
  [CourseRequest, 'CourseRequest', 'A request for one course run, with the money it holds and its history.'],
  [CourseRequestList, 'CourseRequestList'],
  [DecisionBody, 'DecisionBody', 'Approve or decline. A decline needs a note.'],
  [RefusalReason, 'RefusalReason'],
  [ServerPlan, 'ServerPlan'],
  [LedgerEntry, 'LedgerEntry', 'One append-only change to a pot, with the balance after it.'],
  [PotHistory, 'PotHistory'],
  [Problem, 'Problem', 'RFC 9457 problem details.'],
  [DemoUser, 'DemoUser', 'Demo mode only: an employee of the reference server and the token to act as them.'],
  [DemoUserList, 'DemoUserList'],
  [ExpiryNotice, 'ExpiryNotice', 'The earliest expiry of unused budget within 90 days.'],
  [TeamMember, 'TeamMember', "One of the manager's direct reports: what they can still use. No pot details."],
  [TeamBudget, 'TeamBudget', "The manager's direct reports, and the team pots the manager holds for the team."],
  [MonthAmount, 'MonthAmount', 'An amount in cents for one calendar month.'],
  [InsightGroup, 'InsightGroup', 'The numbers of one group of at least `minGroupSize` people.'],
  [Insights, 'Insights', 'Money pots of the organisation in aggregate, never a person.'],
];

function componentSchemas(): Json {
  const registry = z.registry<{ id: string; description?: string }>();
  for (const [schema, id, description] of COMPONENTS) {
    registry.add(schema, description === undefined ? { id } : { id, description });
  }
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      Object.assign(jsonSchema, jsonSchemaHints.get(zodSchema as z.core.$ZodType));
    },
  }) as { schemas: Record<string, Json> };
  for (const schema of Object.values(schemas)) delete schema.$schema;
  allowUnknownFields(schemas);
  // toJSONSchema reads ids from our registry but not its other metadata, so descriptions and examples go in here.
  for (const [, id, description] of COMPONENTS) {
    const schema = schemas[id]!;
    if (description !== undefined) schema.description = description;
    schema.examples = [examples.COMPONENT_EXAMPLES[id]];
  }
  return schemas;
}

/** Builds the OpenAPI 3.1 document of the contract from the zod schemas. */
export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Leerbudget compliant API',
      version: CONTRACT_VERSION,
      summary: 'Learning budgets and the courses they pay for.',
      description: [
        'Any HR system, LMS or course vendor that implements this API works with the Leerbudget widgets and SDK.',
        'Money is in integer minor units (cents) with an ISO 4217 currency. Dates are ISO 8601. Ids are strings.',
        'Errors are RFC 9457 problem details (`application/problem+json`).',
        'Clients ignore unknown fields; enum values a client does not know are read as `other`.',
      ].join('\n\n'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://localhost:8787', description: 'Reference server (demo)' }],
    security: [],
    tags: [
      { name: 'discovery', description: 'What the API supports. Check `capabilities` before calling an endpoint.' },
      { name: 'catalogue', description: 'Courses and their runs; public, so vendor sites need no sign-in.' },
      {
        name: 'funding schemes',
        description: 'Public rules of sector funds and government schemes; no sign-in, so vendor sites can use them.',
      },
      { name: 'employee', description: 'The signed-in employee and their budget pots. Needs a bearer token.' },
      { name: 'learning paths', description: 'Routes of steps towards a goal, with progress. Needs a bearer token.' },
      {
        name: 'requests',
        description: "Course requests against the employee's pots, and each pot's ledger. Needs a bearer token.",
      },
      {
        name: 'approvals',
        description: 'Deciding requests (managers, HR) and marking them completed. Needs a bearer token.',
      },
      {
        name: 'insights',
        description:
          'What managers (their direct reports) and HR (groups of five or more) may see. Needs a bearer token.',
      },
    ],
    paths: {
      [`/v${API_VERSION}`]: {
        get: {
          operationId: 'discover',
          tags: ['discovery'],
          summary: 'What this API supports',
          security: [],
          responses: { '200': json('Discovery', 'Discovery document') },
        },
      },
      [`/v${API_VERSION}/catalogue`]: {
        get: {
          operationId: 'getCatalogue',
          tags: ['catalogue'],
          summary: 'Whole-catalogue snapshot, or the changes since an earlier one',
          description:
            'Carries what search, facets and result cards need. Supports `ETag` / `If-None-Match` (304) and gzip.',
          security: optionalBearer,
          parameters: [
            queryParam('since', 'The `version` of an earlier snapshot: only changes and deleted ids since then.', {
              type: 'string',
              pattern: '^\\d+$',
            }),
            queryParam(
              'provider',
              "Only this provider id's courses (a vendor's finder): a snapshot with its own `ETag`, and with `since` only that provider's changes.",
              { type: 'string', minLength: 1, maxLength: 200 },
            ),
          ],
          responses: {
            '200': {
              description: 'Snapshot or delta',
              content: {
                'application/json': {
                  schema: ref('CatalogueSnapshot'),
                  examples: {
                    snapshot: { summary: 'The whole catalogue', value: examples.snapshotExample },
                    delta: { summary: 'Changes since ?since=4711', value: examples.deltaExample },
                    provider: {
                      summary: 'One provider, ?provider=installatiewerk-academie',
                      value: examples.providerSnapshotExample,
                    },
                  },
                },
              },
            },
            '304': { description: 'Not modified since the `If-None-Match` ETag' },
            '400': problem('Invalid query parameter', examples.badRequestExample),
          },
        },
      },
      [`/v${API_VERSION}/courses`]: {
        get: {
          operationId: 'listCourses',
          tags: ['catalogue'],
          summary: 'Page through courses on the server',
          security: optionalBearer,
          parameters: [
            queryParam('q', 'Words to search for'),
            queryParam('provider', 'Only this provider id'),
            queryParam('topic', 'Only this topic'),
            queryParam('limit', 'Page size (1 to 100, default 20)', { type: 'integer', minimum: 1, maximum: 100 }),
            queryParam('cursor', 'Opaque cursor from `nextCursor`'),
          ],
          responses: {
            '200': json('CoursePage', 'One page of courses'),
            '400': problem('Invalid query parameter', examples.badRequestExample),
          },
        },
      },
      [`/v${API_VERSION}/courses/{id}`]: {
        get: {
          operationId: 'getCourse',
          tags: ['catalogue'],
          summary: 'One course with its description and offerings',
          security: optionalBearer,
          parameters: [pathParam('id', 'Course id')],
          responses: {
            '200': json('Course', 'The course'),
            '404': problem('No course with this id', examples.notFoundExample),
          },
        },
      },
      [`/v${API_VERSION}/funding-schemes`]: {
        get: {
          operationId: 'listFundingSchemes',
          tags: ['funding schemes'],
          summary: 'Public rules of sector funds and government schemes',
          description:
            'What each scheme pays (coverage and cap) and for which courses. Supports `ETag` / `If-None-Match` (304).',
          security: [],
          responses: {
            '200': json('FundingSchemeList', 'The schemes'),
            '304': { description: 'Not modified since the `If-None-Match` ETag' },
          },
        },
      },
      [`/v${API_VERSION}/me`]: {
        get: {
          operationId: 'getMe',
          tags: ['employee'],
          summary: 'The signed-in employee',
          security: bearer,
          responses: { '200': json('Me', 'The employee'), ...personal },
        },
      },
      [`/v${API_VERSION}/me/budget`]: {
        get: {
          operationId: 'getBudget',
          tags: ['employee'],
          summary: 'All budget pots of the signed-in employee',
          security: bearer,
          responses: { '200': json('Budget', 'The budget'), ...personal },
        },
      },
      [`/v${API_VERSION}/me/requests`]: {
        get: {
          operationId: 'listRequests',
          tags: ['requests'],
          summary: "The signed-in employee's course requests, newest first",
          security: bearer,
          responses: { '200': json('CourseRequestList', 'The requests', examples.requestListExample), ...personal },
        },
        post: {
          operationId: 'createRequest',
          tags: ['requests'],
          summary: "Request a course run against the employee's pots",
          description: [
            'Plans the price over the pots as they are now, reserves every line and holds a seat, in one transaction.',
            'The same `Idempotency-Key` with the same body replays the first answer; with another body it is `422`.',
            'A request that needs no approval is `approved` at once.',
          ].join(' '),
          security: bearer,
          parameters: [idempotencyKey],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('CreateRequestBody'), example: examples.createRequestBodyExample },
            },
          },
          responses: {
            '201': { ...json('CourseRequest', 'The request'), headers: { ETag: etagHeader } },
            '400': problem('Invalid body or missing Idempotency-Key', examples.invalidBodyExample),
            ...personal,
            '404': problem('No such course or offering', {
              ...examples.notFoundExample,
              detail: 'There is no offering with id "warmtepomp-2020-01".',
            }),
            '409': {
              description:
                "Refused: `reasons` says why (plan changed, offering full, enrolment closed, a pot expired), `plan` is the server's plan",
              content: {
                'application/problem+json': {
                  schema: ref('Problem'),
                  examples: {
                    planChanged: {
                      summary: 'The budget changed since the client planned',
                      value: examples.refusalExample,
                    },
                    offeringFull: { summary: 'No seats left on this run', value: examples.offeringFullExample },
                  },
                },
              },
            },
            '422': problem('This Idempotency-Key was used with another body', examples.reusedKeyExample),
          },
        },
      },
      [`/v${API_VERSION}/me/requests/{id}/cancel`]: {
        post: {
          operationId: 'cancelRequest',
          tags: ['requests'],
          summary: 'Cancel a submitted or approved request; releases everything it held',
          security: bearer,
          parameters: [pathParam('id', 'Request id')],
          responses: {
            '200': {
              ...json('CourseRequest', 'The cancelled request', examples.cancelledRequestExample),
              headers: { ETag: etagHeader },
            },
            ...personal,
            '404': problem('No request with this id', examples.requestNotFoundExample),
            '409': problem('The request is no longer open', examples.notOpenExample),
          },
        },
      },
      [`/v${API_VERSION}/approvals`]: {
        get: {
          operationId: 'listApprovals',
          tags: ['approvals'],
          summary: "Requests waiting for the caller's decision, oldest first",
          security: bearer,
          responses: { '200': json('CourseRequestList', 'The queue', examples.requestListExample), ...personal },
        },
      },
      [`/v${API_VERSION}/approvals/{id}/decision`]: {
        post: {
          operationId: 'decideRequest',
          tags: ['approvals'],
          summary: "Approve or decline a request in the caller's queue",
          security: bearer,
          parameters: [
            pathParam('id', 'Request id'),
            {
              name: 'If-Match',
              in: 'header',
              required: true,
              description: "The request's `ETag`",
              schema: { type: 'string' },
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: ref('DecisionBody'),
                examples: {
                  approve: { summary: 'Approve', value: examples.COMPONENT_EXAMPLES.DecisionBody },
                  decline: { summary: 'Decline with a note and a reason', value: examples.declineDecisionExample },
                },
              },
            },
          },
          responses: {
            '200': {
              ...json('CourseRequest', 'The decided request', examples.approvedRequestExample),
              headers: { ETag: etagHeader },
            },
            '400': problem('Invalid body, or a decline without a note', examples.declineWithoutNoteExample),
            ...personal,
            '404': problem("No request with this id in the caller's queue", examples.requestNotFoundExample),
            '409': problem('Already decided', examples.alreadyDecidedExample),
            '412': problem('The request changed since this ETag', examples.staleEtagExample),
            '428': problem('If-Match is missing', examples.missingIfMatchExample),
          },
        },
      },
      [`/v${API_VERSION}/requests/{id}/complete`]: {
        post: {
          operationId: 'completeRequest',
          tags: ['approvals'],
          summary: "HR or the provider's integration: the course is done, reserved becomes spent",
          security: bearer,
          parameters: [pathParam('id', 'Request id')],
          responses: {
            '200': {
              ...json('CourseRequest', 'The completed request', examples.completedRequestExample),
              headers: { ETag: etagHeader },
            },
            ...personal,
            '404': problem('No request with this id', examples.requestNotFoundExample),
            '409': problem('The request is not approved', examples.notOpenExample),
          },
        },
      },
      [`/v${API_VERSION}/me/budget/pots/{id}/history`]: {
        get: {
          operationId: 'getPotHistory',
          tags: ['requests'],
          summary: "A pot's ledger, newest first, paged",
          security: bearer,
          parameters: [
            pathParam('id', 'Pot id'),
            queryParam('limit', 'Page size (1 to 100, default 50)', { type: 'integer', minimum: 1, maximum: 100 }),
            queryParam('cursor', 'Opaque cursor from `nextCursor`'),
          ],
          responses: {
            '200': json('PotHistory', 'One page of the ledger'),
            '400': problem('Invalid query parameter', {
              ...examples.badRequestExample,
              detail: 'Invalid query parameter: cursor.',
              invalidParams: [{ name: 'cursor', reason: 'Invalid string: must match pattern /^\\d{1,18}$/' }],
            }),
            ...personal,
            '404': problem('No pot with this id', {
              ...examples.notFoundExample,
              detail: 'There is no pot with id "onbekend".',
            }),
          },
        },
      },
      [`/v${API_VERSION}/team/budgets`]: {
        get: {
          operationId: 'getTeamBudgets',
          tags: ['insights'],
          summary: "A manager's direct reports: what each can still use, what expires first, open requests",
          description:
            "The caller's own team by default. HR may ask for any manager with `managerId`. Anybody else is `403`.",
          security: bearer,
          parameters: [queryParam('managerId', 'HR only: the manager whose team to show')],
          responses: {
            '200': json('TeamBudget', "The team's budgets"),
            '401': problem('No valid token. Sign in again.', examples.unauthorizedExample),
            '403': problem('Not the manager of these people, and not HR', examples.teamForbiddenExample),
          },
        },
      },
      [`/v${API_VERSION}/organisation/insights`]: {
        get: {
          operationId: 'getOrganisationInsights',
          tags: ['insights'],
          summary: 'HR only: granted, spent, reserved, available and expiring money per group, from the ledger',
          description:
            'Groups smaller than five people are folded into `overig`, so nobody can be singled out. No names or ids of people.',
          security: bearer,
          parameters: [
            queryParam('groupBy', 'Group by department (default) or by pot kind', {
              type: 'string',
              enum: ['department', 'potKind'],
            }),
            queryParam('from', 'First day (default: the first day of the month 11 months before `to`)', {
              type: 'string',
              format: 'date',
            }),
            queryParam('to', 'Last day (default: today)', { type: 'string', format: 'date' }),
          ],
          responses: {
            '200': json('Insights', 'The numbers per group'),
            '400': problem('Invalid query parameter', {
              ...examples.badRequestExample,
              detail: 'Invalid query parameter: groupBy.',
              invalidParams: [{ name: 'groupBy', reason: 'Use department or potKind.' }],
            }),
            '401': problem('No valid token. Sign in again.', examples.unauthorizedExample),
            '403': problem('Not HR', examples.insightsForbiddenExample),
          },
        },
      },
      [`/v${API_VERSION}/me/learning-paths`]: {
        get: {
          operationId: 'listLearningPaths',
          tags: ['learning paths'],
          summary: 'Learning paths of the signed-in employee',
          security: bearer,
          responses: { '200': json('LearningPathList', 'The paths'), ...personal },
        },
      },
      [`/v${API_VERSION}/learning-paths/{id}`]: {
        get: {
          operationId: 'getLearningPath',
          tags: ['learning paths'],
          summary: 'One learning path with its steps and progress',
          security: bearer,
          parameters: [pathParam('id', 'Learning path id')],
          responses: {
            '200': json('LearningPath', 'The path'),
            ...personal,
            '404': problem('No learning path with this id', {
              ...examples.notFoundExample,
              detail: 'There is no learning path path-onbekend.',
            }),
          },
        },
      },
      [`/v${API_VERSION}/me/learning-paths/{id}/steps/{stepId}/complete`]: {
        post: {
          operationId: 'completeLearningStep',
          tags: ['learning paths'],
          summary: 'Mark a workplace, coaching or reading step done',
          description: [
            'Only for steps of the kinds the employee does on their own (`workplace`, `coaching`, `reading`); other',
            'steps are `409` with the reason `not-self-completable`. Answers the path with the step done and its',
            'progress. Safe to repeat: a step already done stays done, and the same `Idempotency-Key` replays the',
            'first answer (with another step it is `422`). Capability `stepCompletion`.',
          ].join(' '),
          security: bearer,
          parameters: [pathParam('id', 'Learning path id'), pathParam('stepId', 'Step id'), idempotencyKey],
          responses: {
            '200': json('LearningPath', 'The path with the step done', examples.completedStepPathExample),
            '400': problem('Missing Idempotency-Key', examples.invalidBodyExample),
            ...personal,
            '404': problem('No learning path or step with this id', {
              ...examples.notFoundExample,
              detail: 'There is no step mehmet-9 in learning path path-mehmet-ev.',
            }),
            '409': problem('Not a step the employee marks done', examples.notSelfCompletableExample),
            '422': problem('The Idempotency-Key was used for something else', examples.reusedKeyExample),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: "Token from the employer's sign-in." },
      },
      schemas: componentSchemas(),
    },
  };
}
