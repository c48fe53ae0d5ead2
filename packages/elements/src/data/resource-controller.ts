import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ConfigurationError,
  type IssueEvent,
  type LeerbudgetClient,
  type WatchListener,
  type WatchState,
} from '@leerbudget/sdk';
import { LbIssueEvent } from '../events/issue-event.js';
import { warnOnce } from '../base/warn-once.js';
import { onConfigurationChange } from './configuration.js';
import { hintAboutFailure, watchForAdminHints } from './admin-hints.js';
import { watchForRecovery } from './recovery.js';
import { learnSignedInLocale } from './signed-in-locale.js';
import { clientKey, sharedClient, type ClientSettings } from './shared-client.js';

type SdkFailure<T> = Extract<WatchState<T>, { status: 'error' }>;

/** A failed load: the SDK's error state, or a {@link ConfigurationError} when no API base is usable. */
export type ResourceFailure<T> = Omit<SdkFailure<T>, 'error'> & { error: SdkFailure<T>['error'] | ConfigurationError };

/** What a widget shows for one resource: still loading, data (cached or fresh), or a failure. */
export type ResourceState<T> = { status: 'loading' } | Exclude<WatchState<T>, { status: 'error' }> | ResourceFailure<T>;

/** Starts watching one resource of `client`; stop by aborting `signal`. */
export type ResourceWatcher<T> = (client: LeerbudgetClient, listener: WatchListener<T>, signal: AbortSignal) => void;

/** The element side of a {@link ResourceController}. {@link LbElement} implements it. */
export interface ResourceHost extends ReactiveControllerHost, EventTarget {
  /** The tag name, for console hints. */
  readonly localName: string;
  /** The client settings to use now, or `undefined` when no usable API base is configured. */
  clientSettings(): ClientSettings | undefined;
}

const LOADING = { status: 'loading' } as const;

/**
 * Keeps one widget subscribed to one SDK resource (stale-while-revalidate through `watch()`):
 * - starts on the first update after connecting (so configuration set in the same task is used),
 * - moves to another client when `api-base`/`cache` change, and aborts when the element is removed,
 * - on a user switch clears `state` synchronously, so the previous employee's numbers are gone before
 *   the next frame, and ignores every late answer of the old subscription.
 *
 * @example
 * ```ts
 * private budget = new ResourceController(this, (client, listener, signal) =>
 *   client.budget.watch(listener, { signal }));
 * ```
 */
export class ResourceController<T> implements ReactiveController {
  /** The state to render. */
  state: ResourceState<T> = LOADING;
  readonly #host: ResourceHost;
  readonly #watch: ResourceWatcher<T>;
  readonly #onState: ((state: Exclude<ResourceState<T>, { status: 'loading' }>) => void) | undefined;
  readonly #reports: string | undefined;
  #subscription: { key: string; abort: AbortController } | undefined;
  #stopListening: (() => void) | undefined;
  #connected = false;

  /**
   * @param onState called with every new state from the SDK (not with `loading`), e.g. to emit events.
   * @param reports the list items this resource is made of (e.g. `LearningPath`): each one the SDK leaves
   *   out as bad is dispatched from the host as `lb-issue`, with one console warning per kind.
   */
  constructor(
    host: ResourceHost,
    watch: ResourceWatcher<T>,
    onState?: (state: Exclude<ResourceState<T>, { status: 'loading' }>) => void,
    reports?: string,
  ) {
    this.#host = host;
    this.#watch = watch;
    this.#onState = onState;
    this.#reports = reports;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    watchForRecovery();
    watchForAdminHints();
    this.#stopListening = onConfigurationChange((change) => {
      if (change.identityChanged) this.#reset();
      else this.#host.requestUpdate(); // the client may change; hostUpdate decides
    });
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.#reset();
  }

  hostUpdate(): void {
    if (!this.#connected) return; // a removed element loads nothing (Lit still updates detached elements)
    const settings = this.#host.clientSettings();
    const key = settings ? clientKey(settings) : 'unconfigured';
    if (this.#subscription?.key === key) return;
    const switchedClient = this.#subscription !== undefined;
    this.#subscription?.abort.abort();
    const abort = new AbortController();
    this.#subscription = { key, abort };
    if (switchedClient) this.state = LOADING;
    if (!settings) {
      this.#accept(abort.signal, {
        status: 'error',
        error: new ConfigurationError('No API base: set api-base, data-api-base or configure({ apiBase }).'),
        stale: true,
        offline: false,
      });
      return;
    }
    const client = sharedClient(settings);
    if (!settings.anonymous) learnSignedInLocale(client, key);
    this.#reportIssues(client, abort.signal);
    this.#watch(client, (state) => this.#accept(abort.signal, state), abort.signal);
  }

  /** Passes the client's `issue` events about this resource's items on to the page, while subscribed. */
  #reportIssues(client: LeerbudgetClient, signal: AbortSignal): void {
    const resource = this.#reports;
    if (!resource) return;
    client.addEventListener(
      'issue',
      ({ detail }: IssueEvent) => {
        if (detail.resource !== resource) return;
        warnOnce(
          `issue:${resource}:${detail.field}`,
          `${detail.message}; such ${resource} records are left out (first: id ${detail.id ?? `#${detail.index}`}). The widgets show the others.`,
        );
        this.#host.dispatchEvent(new LbIssueEvent(detail));
      },
      { signal },
    );
  }

  /**
   * Loads again (the retry button): a new attempt of the widget's client, so every widget that shares it
   * recovers with one request per resource. Data already shown stays until the new answer arrives.
   */
  retry(): void {
    const settings = this.#host.clientSettings();
    if (settings && this.#subscription?.key === clientKey(settings)) {
      sharedClient(settings).refresh();
      return;
    }
    this.#subscription?.abort.abort();
    this.#subscription = undefined;
    this.#host.requestUpdate();
  }

  /** Watches again from the start, e.g. when the host's options for the watch (a provider) changed. */
  resubscribe(): void {
    this.#reset();
  }

  #reset(): void {
    this.#subscription?.abort.abort();
    this.#subscription = undefined;
    this.state = LOADING;
    this.#host.requestUpdate();
  }

  #accept(signal: AbortSignal, state: Exclude<ResourceState<T>, { status: 'loading' }>): void {
    if (signal.aborted) return; // a late answer for a previous user or client
    if (state.status === 'error') hintAboutFailure(this.#host.localName, this.#host.clientSettings(), state.error);
    this.state = state;
    this.#onState?.(state);
    this.#host.requestUpdate();
  }
}
