import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConfigurationError, type LeerbudgetClient, type WatchListener, type WatchState } from '@leerbudget/sdk';
import { onConfigurationChange } from './configuration.js';
import { clientKey, sharedClient, type ClientSettings } from './shared-client.js';

type SdkFailure<T> = Extract<WatchState<T>, { status: 'error' }>;

/** A failed load: the SDK's error state, or a {@link ConfigurationError} when no API base is usable. */
export type ResourceFailure<T> = Omit<SdkFailure<T>, 'error'> & { error: SdkFailure<T>['error'] | ConfigurationError };

/** What a widget shows for one resource: still loading, data (cached or fresh), or a failure. */
export type ResourceState<T> = { status: 'loading' } | Exclude<WatchState<T>, { status: 'error' }> | ResourceFailure<T>;

/** Starts watching one resource of `client`; stop by aborting `signal`. */
export type ResourceWatcher<T> = (client: LeerbudgetClient, listener: WatchListener<T>, signal: AbortSignal) => void;

/** The element side of a {@link ResourceController}. {@link LbElement} implements it. */
export interface ResourceHost extends ReactiveControllerHost {
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
  #subscription: { key: string; abort: AbortController } | undefined;
  #stopListening: (() => void) | undefined;
  #connected = false;

  /**
   * @param onState called with every new state from the SDK (not with `loading`), e.g. to emit events.
   */
  constructor(
    host: ResourceHost,
    watch: ResourceWatcher<T>,
    onState?: (state: Exclude<ResourceState<T>, { status: 'loading' }>) => void,
  ) {
    this.#host = host;
    this.#watch = watch;
    this.#onState = onState;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
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
    this.#watch(sharedClient(settings), (state) => this.#accept(abort.signal, state), abort.signal);
  }

  /** Loads again (the retry button). Data already shown stays until the new answer arrives. */
  retry(): void {
    this.#subscription?.abort.abort();
    this.#subscription = undefined;
    this.#host.requestUpdate();
  }

  #reset(): void {
    this.#subscription?.abort.abort();
    this.#subscription = undefined;
    this.state = LOADING;
    this.#host.requestUpdate();
  }

  #accept(signal: AbortSignal, state: Exclude<ResourceState<T>, { status: 'loading' }>): void {
    if (signal.aborted) return; // a late answer for a previous user or client
    this.state = state;
    this.#onState?.(state);
    this.#host.requestUpdate();
  }
}
