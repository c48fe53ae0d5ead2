import type {
  Budget,
  Course,
  CourseListQuery,
  CourseRequest,
  CreateRequestBody,
  Discovery,
  FundingScheme,
  Insights,
  LearningPath,
  Me,
  PotHistory,
  TeamBudget,
} from '@leerbudget/contract';
import { cacheKeys } from './cache/cache-keys.js';
import { chooseCaches } from './cache/cache-choice.js';
import type { CallOptions, ClientOptions } from './client-options.js';
import type { CatalogueScope, CatalogueState, CatalogueSync } from './resources/catalogue-sync.js';
import { InFlightRequests } from './resources/in-flight.js';
import type { InsightsQuery } from './resources/insight-reads.js';
import { IssueReporter, type IssueEvent } from './resources/issue-reporter.js';
import { loadOnce } from './resources/load-once.js';
import { personalReads } from './resources/personal-reads.js';
import type { CoursePageResult } from './resources/public-reads.js';
import type { CreateRequestOptions, Decision } from './resources/request-writes.js';
import { Session, type TokenProvider } from './resources/session.js';
import { Watches, type WatchListener, type WatchOptions, type WatchSource } from './resources/watch.js';
import { createTransport, normalizeBaseUrl } from './transport/transport.js';

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRY_LIMIT = 2;
const DEFAULT_MAX_RETRY_AFTER_MS = 5_000;

/** Events a client dispatches. */
export interface LeerbudgetClientEventMap {
  /** A list item did not match the contract and was left out (reported once per item). */
  issue: IssueEvent;
}

/**
 * The client for one Leerbudget-compliant API. Create it with {@link createClient}; share one
 * per configuration on a page, so that widgets share requests and cache.
 */
export interface LeerbudgetClient extends EventTarget {
  /** The API base as given, without a trailing slash. */
  readonly baseUrl: string;
  /** `GET /v1`: what the API supports. */
  discover(options?: CallOptions): Promise<Discovery>;
  /** `GET /v1/me`: the signed-in employee. */
  me(options?: CallOptions): Promise<Me>;
  readonly budget: {
    /** `GET /v1/me/budget`, fresh from the API (cached for `watch`). */
    get(options?: CallOptions): Promise<Budget>;
    /** The cached budget at once (`stale: true`), then the fresh one; again after a user change. */
    watch(listener: WatchListener<Budget>, options: WatchOptions): void;
  };
  readonly learningPaths: {
    /** `GET /v1/me/learning-paths`; paths that do not match the contract are left out and reported as `issue` events. */
    list(options?: CallOptions): Promise<LearningPath[]>;
    /** `GET /v1/learning-paths/{id}`. */
    get(id: string, options?: CallOptions): Promise<LearningPath>;
    /** The cached paths at once, then the fresh ones; again after every write. */
    watch(listener: WatchListener<LearningPath[]>, options: WatchOptions): void;
    /**
     * `POST /v1/me/learning-paths/{id}/steps/{stepId}/complete`: marks a workplace, coaching or reading step done
     * (API capability `stepCompletion`) and answers the path with its new progress. Sends an `Idempotency-Key`
     * and retries a lost answer with it, like `requests.create`. Afterwards every watched path, budget and team
     * view on the page revalidates. A course step throws a `409` (`not-self-completable`).
     */
    completeStep(pathId: string, stepId: string, options?: CreateRequestOptions): Promise<LearningPath>;
  };
  readonly courses: {
    /** `GET /v1/courses/{id}`: one course with its description and offerings. */
    get(id: string, options?: CallOptions): Promise<Course>;
    /** `GET /v1/courses`: one page; bad courses are left out and listed in `issues`. */
    list(query?: CourseListQuery, options?: CallOptions): Promise<CoursePageResult>;
  };
  readonly fundingSchemes: {
    /**
     * `GET /v1/funding-schemes`: the public rules of sector funds and government schemes, without a token.
     * Schemes that do not match the contract are left out and reported as `issue` events. Plan with them
     * through `bestSchemePlan` (or `schemeAsPot`) from `@leerbudget/sdk/funding`.
     */
    list(options?: CallOptions): Promise<FundingScheme[]>;
  };
  readonly catalogue: {
    /**
     * Downloads the snapshot once, then revalidates (`If-None-Match`, `?since=` deltas); stored as one value.
     * With `provider`, only that provider's catalogue (`?provider=`, a vendor's site), synced and cached apart.
     */
    sync(options?: CallOptions & CatalogueScope): Promise<CatalogueState>;
    /** The cached catalogue at once, then the synced one; `provider` as for `sync()`. */
    watch(listener: WatchListener<CatalogueState>, options: WatchOptions & CatalogueScope): void;
  };
  readonly requests: {
    /**
     * `POST /v1/me/requests`: asks for a course run against the employee's pots. Sends an `Idempotency-Key`
     * (a new `crypto.randomUUID()` unless given) and, when the answer is lost, retries with the same key, so a
     * retry never makes a second request. A `409` throws a `RequestRefusedError` with the reason codes and
     * the server's plan. Afterwards every watched budget, request list and queue on the page revalidates.
     */
    create(input: CreateRequestBody, options?: CreateRequestOptions): Promise<CourseRequest>;
    /** `GET /v1/me/requests`, newest first; requests that do not match the contract are left out and reported. */
    list(options?: CallOptions): Promise<CourseRequest[]>;
    /** The cached requests at once, then the fresh ones; again after every write. */
    watch(listener: WatchListener<CourseRequest[]>, options: WatchOptions): void;
    /** `POST /v1/me/requests/{id}/cancel`: releases everything the request held. */
    cancel(id: string, options?: CallOptions): Promise<CourseRequest>;
  };
  readonly approvals: {
    /** `GET /v1/approvals`: requests waiting for the signed-in approver, oldest first. */
    list(options?: CallOptions): Promise<CourseRequest[]>;
    /** The cached queue at once, then the fresh one; again after every write. */
    watch(listener: WatchListener<CourseRequest[]>, options: WatchOptions): void;
    /**
     * `POST /v1/approvals/{id}/decision` with `If-Match`: the version given, else the one this client last saw
     * in the queue. A decision somebody made meanwhile throws (`409` or `412`) and never counts twice.
     */
    decide(id: string, decision: Decision, options?: CallOptions & { version?: number }): Promise<CourseRequest>;
  };
  readonly teamBudgets: {
    /** `GET /v1/team/budgets`: the signed-in manager's direct reports and team pots (`403` for anybody else). */
    get(options?: CallOptions): Promise<TeamBudget>;
    /** The cached team at once, then the fresh one; again after every write (a decision changes open requests). */
    watch(listener: WatchListener<TeamBudget>, options: WatchOptions): void;
  };
  readonly organisationInsights: {
    /** `GET /v1/organisation/insights` (HR only): money per group of five or more people, never a person. */
    get(query?: InsightsQuery, options?: CallOptions): Promise<Insights>;
    /** The cached numbers of this query at once, then the fresh ones; again after every write. */
    watch(listener: WatchListener<Insights>, options: WatchOptions & InsightsQuery): void;
  };
  readonly pots: {
    /** `GET /v1/me/budget/pots/{id}/history`: one page of the pot's ledger, newest first. */
    history(id: string, options?: CallOptions & { cursor?: string; limit?: number }): Promise<PotHistory>;
  };
  /**
   * Sets or changes the token provider, and the id of the user it signs in when the host knows it (see
   * `userId` in {@link ClientOptions}). Personal data of the previous user is never served afterwards.
   */
  setTokenProvider(getToken: TokenProvider | undefined, userId?: string): void;
  /**
   * Starts a new attempt: forgets a failed `GET /v1/me` and asks every active `watch()` for fresh data
   * once (watchers of one resource share one request). Data shown stays until the answer arrives.
   */
  refresh(): void;
  /** `true` while the last attempt of some watched resource (or of `GET /v1/me`) failed: an outage to recover from. */
  readonly failed: boolean;
  /**
   * Wipes all personal data (memory and IndexedDB). The public catalogue may stay. Rejects when
   * IndexedDB holds data it could not delete.
   */
  clear(): Promise<void>;
  addEventListener<K extends keyof LeerbudgetClientEventMap>(
    type: K,
    listener: (event: LeerbudgetClientEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof LeerbudgetClientEventMap>(
    type: K,
    listener: (event: LeerbudgetClientEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * Creates a client.
 *
 * @example
 * const client = createClient({ baseUrl: 'http://localhost:8787', getToken: () => 'demo-anna' });
 * const budget = await client.budget.get();
 */
export function createClient(options: ClientOptions): LeerbudgetClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const transport = createTransport({
    baseUrl,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: {
      limit: options.retry?.limit ?? DEFAULT_RETRY_LIMIT,
      maxRetryAfterMs: options.retry?.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  const caches = chooseCaches(options.cache);
  const keys = cacheKeys(baseUrl);
  const inFlight = new InFlightRequests();
  const session = new Session(
    transport,
    caches.personal,
    keys,
    options.getToken,
    options.userId,
    options.credentials === 'include',
  );
  const watches = new Watches();
  const events = new EventTarget();
  const issues = new IssueReporter(events);
  const personalContext = { session, personalCache: caches.personal, keys, inFlight };
  const personal = personalReads(personalContext);
  // Course and catalogue reads (their schemas, the sync and through it the search engine) load on first
  // use, so a bundler user whose page shows only the budget does not download them.
  const publicApi = loadOnce(async () => {
    const { publicReads } = await import('./resources/public-reads.js');
    return publicReads(transport, inFlight, issues);
  });
  // One sync per provider asked for (`undefined`: the whole catalogue), each with its own cache entry.
  const catalogueSyncs = new Map<string | undefined, () => Promise<CatalogueSync>>();
  const catalogueSync = (provider: string | undefined) => {
    let load = catalogueSyncs.get(provider);
    if (!load) {
      load = loadOnce(async () => {
        const { CatalogueSync } = await import('./resources/catalogue-sync.js');
        return new CatalogueSync(transport, caches.public, keys, inFlight, issues, provider);
      });
      catalogueSyncs.set(provider, load);
    }
    return load();
  };
  // Every write tells every personal watch on the page to fetch again, so all widgets show the new money.
  const writes = new EventTarget();
  const changed = () => writes.dispatchEvent(new Event('changed'));
  const requestApi = loadOnce(async () => {
    const { requestWrites } = await import('./resources/request-writes.js');
    return requestWrites(personalContext, issues, {
      retries: options.retry?.limit ?? DEFAULT_RETRY_LIMIT,
      changed,
    });
  });
  const insightApi = loadOnce(async () => {
    const { insightReads } = await import('./resources/insight-reads.js');
    return insightReads(personalContext);
  });
  const learningPathApi = loadOnce(async () => {
    const { learningPathReads } = await import('./resources/learning-path-reads.js');
    return learningPathReads(personalContext, issues);
  });
  const learningPathsSource: WatchSource<LearningPath[]> = {
    readCached: async (...args) => (await learningPathApi()).learningPaths.readCached(...args),
    fetchFresh: async (...args) => (await learningPathApi()).learningPaths.fetchFresh(...args),
  };
  const teamSource: WatchSource<TeamBudget> = {
    readCached: async (...args) => (await insightApi()).teamBudgets.readCached(...args),
    fetchFresh: async (...args) => (await insightApi()).teamBudgets.fetchFresh(...args),
  };
  const insightsSource = (query: InsightsQuery): WatchSource<Insights> => ({
    readCached: async (...args) => (await insightApi()).organisationInsights(query).readCached(...args),
    fetchFresh: async (...args) => (await insightApi()).organisationInsights(query).fetchFresh(...args),
  });
  const requestsSource: WatchSource<CourseRequest[]> = {
    readCached: async (...args) => (await requestApi()).requests.readCached(...args),
    fetchFresh: async (...args) => (await requestApi()).requests.fetchFresh(...args),
  };
  const approvalsSource: WatchSource<CourseRequest[]> = {
    readCached: async (...args) => (await requestApi()).approvals.readCached(...args),
    fetchFresh: async (...args) => (await requestApi()).approvals.fetchFresh(...args),
  };
  const catalogue = (provider: string | undefined): WatchSource<CatalogueState> => ({
    readCached: async (signal) => (await catalogueSync(provider)).readCached(signal),
    fetchFresh: async (...args) => (await catalogueSync(provider)).fetchFresh(...args),
  });

  // Personal watches start over when the user changes, and fetch again after every write; the public
  // catalogue is the same for everyone.
  function watchPersonal<T>(source: WatchSource<T>, listener: WatchListener<T>, watchOptions: WatchOptions): void {
    watches.watch(source, listener, watchOptions.signal, (restart, revalidate) => {
      const stopUserChanges = session.onChange(restart);
      writes.addEventListener('changed', revalidate);
      return () => {
        stopUserChanges();
        writes.removeEventListener('changed', revalidate);
      };
    });
  }
  function watchPublic<T>(source: WatchSource<T>, listener: WatchListener<T>, watchOptions: WatchOptions): void {
    watches.watch(source, listener, watchOptions.signal, () => () => undefined);
  }

  const client = Object.assign(events, {
    baseUrl,
    discover: async (o?: CallOptions) => (await publicApi()).discover(o?.signal),
    me: (o?: CallOptions) => session.identify(o?.signal),
    budget: {
      get: (o?: CallOptions) => personal.budget.get(o?.signal),
      watch: (listener: WatchListener<Budget>, o: WatchOptions) => watchPersonal(personal.budget, listener, o),
    },
    learningPaths: {
      list: async (o?: CallOptions) => (await learningPathApi()).learningPaths.get(o?.signal),
      get: async (id: string, o?: CallOptions) => (await learningPathApi()).getLearningPath(id, o?.signal),
      watch: (listener: WatchListener<LearningPath[]>, o: WatchOptions) =>
        watchPersonal(learningPathsSource, listener, o),
      completeStep: async (pathId: string, stepId: string, o?: CreateRequestOptions) =>
        (await requestApi()).completeStep(pathId, stepId, o),
    },
    courses: {
      get: async (id: string, o?: CallOptions) => (await publicApi()).getCourse(id, o?.signal),
      list: async (query?: CourseListQuery, o?: CallOptions) => (await publicApi()).listCourses(query, o?.signal),
    },
    fundingSchemes: {
      list: async (o?: CallOptions) => (await publicApi()).listFundingSchemes(o?.signal),
    },
    catalogue: {
      sync: async (o?: CallOptions & CatalogueScope) => (await catalogueSync(o?.provider)).sync(o?.signal),
      watch: (listener: WatchListener<CatalogueState>, o: WatchOptions & CatalogueScope) =>
        watchPublic(catalogue(o.provider), listener, o),
    },
    requests: {
      create: async (input: CreateRequestBody, o?: CreateRequestOptions) => (await requestApi()).create(input, o),
      list: async (o?: CallOptions) => (await requestApi()).requests.get(o?.signal),
      watch: (listener: WatchListener<CourseRequest[]>, o: WatchOptions) => watchPersonal(requestsSource, listener, o),
      cancel: async (id: string, o?: CallOptions) => (await requestApi()).cancel(id, o?.signal),
    },
    approvals: {
      list: async (o?: CallOptions) => (await requestApi()).listApprovals(o?.signal),
      watch: (listener: WatchListener<CourseRequest[]>, o: WatchOptions) => watchPersonal(approvalsSource, listener, o),
      decide: async (id: string, decision: Decision, o?: CallOptions & { version?: number }) =>
        (await requestApi()).decide(id, decision, o),
    },
    teamBudgets: {
      get: async (o?: CallOptions) => (await insightApi()).teamBudgets.get(o?.signal),
      watch: (listener: WatchListener<TeamBudget>, o: WatchOptions) => watchPersonal(teamSource, listener, o),
    },
    organisationInsights: {
      get: async (query?: InsightsQuery, o?: CallOptions) =>
        (await insightApi()).organisationInsights(query).get(o?.signal),
      watch: (listener: WatchListener<Insights>, o: WatchOptions & InsightsQuery) => {
        const { signal, ...query } = o;
        watchPersonal(insightsSource(query), listener, { signal });
      },
    },
    pots: {
      history: async (id: string, o?: CallOptions & { cursor?: string; limit?: number }) =>
        (await requestApi()).history(id, o),
    },
    setTokenProvider: (getToken: TokenProvider | undefined, userId?: string) =>
      session.setTokenProvider(getToken, userId),
    refresh() {
      session.newAttempt();
      watches.revalidate();
    },
    async clear() {
      session.forget();
      await caches.personal.clear(keys.personalPrefix);
      await caches.personal.delete(keys.currentUser);
    },
  });
  // A getter, not a copied value (Object.assign would read it once).
  Object.defineProperty(client, 'failed', { get: () => session.identityFailed || watches.failed });
  return client as unknown as LeerbudgetClient;
}
