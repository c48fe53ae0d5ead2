import { Me } from '@leerbudget/contract';
import type { Cache } from '../cache/cache.js';
import type { CacheKeys } from '../cache/cache-keys.js';
import { AbortError, HttpError, isAbortError, isHttpError } from '../errors.js';
import {
  bodyOf,
  type Transport,
  type TransportRequest,
  type TransportResponse,
  type TransportWrite,
  type TransportWriteResponse,
} from '../transport/transport.js';
import { parseResource } from '../validation.js';
import { InFlightRequests } from './in-flight.js';

/**
 * Supplies the bearer token. Called before personal requests; after a 401 it is called once more
 * with `refresh: true`. Return `null`/`undefined` when nobody is signed in.
 */
export type TokenProvider = (context: {
  refresh: boolean;
}) => string | null | undefined | Promise<string | null | undefined>;

/**
 * 401s made up here because there is no token. No request was spent on them, and the host may have a
 * token a moment later (its sign-in finished), so they are not remembered as the attempt's failure.
 */
const answeredWithoutRequest = new WeakSet<object>();

/**
 * Who is signed in: the token provider, the user id it maps to (learned from `GET /v1/me`, kept
 * in memory only, or named in advance by the host) and the personal cache that belongs to that user.
 *
 * `GET /v1/me` is asked once per attempt: every resource shares the answer, and a failure too, until
 * {@link Session.newAttempt} (a refresh, the browser back online) or another token provider.
 */
export class Session {
  readonly #transport: Transport;
  readonly #cache: Cache;
  readonly #keys: CacheKeys;
  readonly #inFlight = new InFlightRequests();
  #getToken: TokenProvider | undefined;
  #generation = 0;
  #me: Me | undefined;
  #userId: string | undefined;
  /** The failure of this attempt's `GET /v1/me`, shared by every resource until the next attempt. */
  #identityFailure: unknown;
  #adoptions: Promise<void> = Promise.resolve();
  readonly #changeListeners = new Set<() => void>();
  readonly #cookiesSignIn: boolean;

  /** With `cookiesSignIn`, personal reads without a token go out anyway: the browser's cookie signs the employee in. */
  constructor(
    transport: Transport,
    cache: Cache,
    keys: CacheKeys,
    getToken: TokenProvider | undefined,
    userId?: string,
    cookiesSignIn = false,
  ) {
    this.#transport = transport;
    this.#cache = cache;
    this.#keys = keys;
    this.#getToken = getToken;
    this.#userId = userId;
    this.#cookiesSignIn = cookiesSignIn;
  }

  /**
   * The id of the signed-in user as far as it is known without a request: confirmed by `GET /v1/me`
   * earlier on this page, or named by the host (`userId`). Only then may cached personal data be read
   * before the API answers.
   */
  get knownUserId(): string | undefined {
    return this.#me?.id ?? this.#userId;
  }

  /** Changes with every token provider, so late answers for the previous user can be recognised and dropped. */
  get generation(): number {
    return this.#generation;
  }

  /**
   * Switches to another token provider (another user, or nobody), optionally naming the user it signs
   * in: forgets who was signed in.
   */
  setTokenProvider(getToken: TokenProvider | undefined, userId?: string): void {
    this.#getToken = getToken;
    this.#userId = userId;
    this.forget();
    for (const listener of this.#changeListeners) listener();
  }

  /** Forgets the signed-in user (memory only); answers still on their way are dropped. */
  forget(): void {
    this.#generation += 1;
    this.#me = undefined;
    this.#identityFailure = undefined;
  }

  /** A new attempt after a failure: `GET /v1/me` may be asked again. */
  newAttempt(): void {
    this.#identityFailure = undefined;
  }

  /** `true` while this attempt's `GET /v1/me` has failed. */
  get identityFailed(): boolean {
    return this.#identityFailure !== undefined;
  }

  /** Subscribes to token provider changes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#changeListeners.add(listener);
    return () => this.#changeListeners.delete(listener);
  }

  /**
   * A GET with the bearer token: 401 without a request when there is no token (unless cookies sign in);
   * one refresh and one retry on 401.
   */
  authorizedGet(request: Omit<TransportRequest, 'token'>): Promise<TransportResponse> {
    return this.#withToken(request.resource, (token) => this.#transport.get(token ? { ...request, token } : request));
  }

  /** A POST with the bearer token, with the same token rules as {@link authorizedGet} (cookies included). */
  authorizedPost(request: Omit<TransportWrite, 'token'>): Promise<TransportWriteResponse> {
    return this.#withToken(request.resource, (token) => this.#transport.post(token ? { ...request, token } : request));
  }

  async #withToken<T>(resource: string, call: (token: string | undefined) => Promise<T>): Promise<T> {
    const getToken = this.#getToken;
    const token = getToken ? await getToken({ refresh: false }) : undefined;
    if (!token && this.#cookiesSignIn) return call(undefined);
    if (!getToken || !token) {
      const error = new HttpError(401, `${resource}: nobody is signed in (no token)`);
      answeredWithoutRequest.add(error);
      throw error;
    }
    try {
      return await call(token);
    } catch (error) {
      // A 401 on a write means the server did nothing, so sending it again with a new token is safe.
      if (!isHttpError(error) || error.status !== 401) throw error;
      const refreshed = await getToken({ refresh: true });
      if (!refreshed) throw error;
      return call(refreshed);
    }
  }

  /**
   * The signed-in employee. The first call per token provider asks `GET /v1/me` and, when the user
   * differs from the last one cached, wipes every personal cache entry before anyone reads them.
   */
  identify(signal?: AbortSignal): Promise<Me> {
    if (this.#me) return Promise.resolve(this.#me);
    if (this.#identityFailure !== undefined) return Promise.reject(this.#identityFailure);
    const generation = this.#generation;
    const identity = this.#inFlight.run(
      `me:${generation}`,
      async (shared) => {
        const response = await this.authorizedGet({ path: 'v1/me', resource: 'Me', signal: shared });
        const me = parseResource('Me', Me, bodyOf(response));
        // An answer for the previous token provider must neither wipe nor claim the new user's cache,
        // neither before adopting the user nor after: the provider may change while the cache is slow.
        if (generation !== this.#generation) throw new AbortError('Me: the signed-in user changed');
        // Storage that fails to wipe the previous user must not lock this one out: entries are keyed by
        // user id, so nobody reads another's. `client.clear()` is where a failed wipe is reported.
        await this.#adoptUser(me.id, generation).catch(() => undefined);
        if (generation !== this.#generation) throw new AbortError('Me: the signed-in user changed');
        this.#me = me;
        return me;
      },
      signal,
    );
    return identity.catch((error: unknown) => {
      // An abort is the caller's own business; any other failed request holds for every resource of this attempt.
      const spent = !isAbortError(error) && !answeredWithoutRequest.has(error as object);
      if (spent && generation === this.#generation) this.#identityFailure = error;
      throw error;
    });
  }

  /**
   * Records `userId` as the cache's user, wiping the personal entries of whoever was there before.
   * Adoptions run one at a time, and one whose token provider was replaced before its turn does
   * nothing, so a late adoption for a previous user can never overwrite the next user's record.
   */
  #adoptUser(userId: string, generation: number): Promise<void> {
    const adoption = this.#adoptions.then(async () => {
      if (generation !== this.#generation) return;
      const recorded = await this.#cache.get<string>(this.#keys.currentUser).catch(() => undefined);
      if (recorded?.value === userId) return;
      await this.#cache.clear(this.#keys.personalPrefix);
      await this.#cache.set(this.#keys.currentUser, { value: userId, updatedAt: new Date().toISOString() });
    });
    this.#adoptions = adoption.catch(() => undefined);
    return adoption;
  }
}
