import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatTime } from '../formatting/intl-format.js';
import { todayIsoDate } from '@leerbudget/sdk/funding';
import type { ResourceState } from '../data/resource-controller.js';
import { activeMessageLocale } from '../localization/msg.js';
import { currentConfiguration } from '../data/configuration.js';
import { LbSignInEvent } from '../events/sign-in-event.js';
import { speaksFirst } from './page-announcements.js';
import {
  errorParts,
  loadingMessage,
  offlineMessage,
  retryLabel,
  signInLabel,
  updatedAtMessage,
  updatedOnMessage,
  type ErrorAction,
} from './status-messages.js';

/**
 * Shared renderings of the states every widget has, so they look and read the same everywhere.
 * Call them from `render()`; style them with `statusStyles`. Parts: `state`, `state-loading`,
 * `state-empty`, `state-error`, `notice`, `retry-button`.
 */

/** Loading: a polite status with a short text and a skeleton bar. */
export function renderLoading(label: string = loadingMessage()): TemplateResult {
  return html`<div class="lb-state lb-state--loading" part="state state-loading" role="status">
    <span class="lb-skeleton" aria-hidden="true"></span>
    <span>${label}</span>
  </div>`;
}

/**
 * Empty (nothing to show, which is not an error): what is the case, what to do next (the message's
 * `.next` sibling, see docs/copy-guide.md), and an optional control for it.
 */
export function renderEmpty(
  message: string,
  next: string,
  action: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<div class="lb-state lb-state--empty" part="state state-empty" role="status">
    <p class="lb-state__text">${message} ${next}</p>
    ${action}
  </div>`;
}

/**
 * Error without data to fall back on: what happened, what to do next, and the control that helps (a
 * retry, or "Inloggen" after a 401). When several widgets on the page show the same error, only the
 * first one announces it.
 */
export function renderError(error: unknown, onRetry: () => void): TemplateResult {
  const { what, next, action } = errorParts(error);
  const text = `${what} ${next}`;
  return html`<div class="lb-state lb-state--error" part="state state-error" role=${speaksFirst(text) ? 'alert' : nothing}>
    <p class="lb-state__text">${text}</p>
    ${renderAction(action, onRetry)}
  </div>`;
}

/** How old the data is and why, shown with stale data. */
export interface StaleNoticeOptions {
  /** When the data shown was fetched (ISO). */
  updatedAt: string | undefined;
  /** The refresh failed: say why and offer a retry. Leave out while the refresh is still running. */
  failure?: { error: unknown; offline: boolean; onRetry: () => void };
}

/** "Bijgewerkt om 10:42" today, "Bijgewerkt op 1 december om 10:42" on an earlier day. */
function updatedText(updatedAt: string | undefined): string {
  if (!updatedAt) return '';
  const locale = activeMessageLocale();
  const time = formatTime(updatedAt, locale);
  if (!time) return '';
  const day = todayIsoDate(new Date(updatedAt));
  return day === todayIsoDate() ? updatedAtMessage(time) : updatedOnMessage(formatDate(day, locale, 'auto'), time);
}

/**
 * When the data was fetched, plus "you are offline" or the error and its control when the refresh
 * failed. A failure several widgets share is announced by the first of them only.
 */
export function renderStaleNotice({ updatedAt, failure }: StaleNoticeOptions): TemplateResult {
  const parts = failure && !failure.offline ? errorParts(failure.error) : undefined;
  const reason = !failure ? '' : parts ? `${parts.what} ${parts.next}` : offlineMessage();
  const speaks = !failure || speaksFirst(reason);
  return html`<div class="lb-notice" part="notice" role=${speaks ? 'status' : nothing}>
    <p class="lb-notice__text">${updatedText(updatedAt)} ${reason}</p>
    ${failure ? renderAction(parts?.action ?? 'retry', failure.onRetry) : nothing}
  </div>`;
}

/**
 * A notice for a second resource that failed while the main one shows (the finder without the budget):
 * what that means, and the control that helps. A status, announced once per page.
 */
export function renderSideNotice(text: string, error: unknown, onRetry: () => void): TemplateResult {
  return html`<div class="lb-notice" part="notice" role=${speaksFirst(text) ? 'status' : nothing}>
    <p class="lb-notice__text">${text}</p>
    ${renderAction(errorParts(error).action, onRetry)}
  </div>`;
}

/**
 * The notice that goes with the data a widget shows: nothing while it is fresh (or there is no data to
 * qualify), "Bijgewerkt om 10:42" while it is cached, plus the reason and a retry when the refresh failed.
 */
export function renderFreshness(state: ResourceState<unknown>, onRetry: () => void): TemplateResult | typeof nothing {
  if (state.status === 'loading' || state.status === 'fresh' || !state.data) return nothing;
  return renderStaleNotice({
    updatedAt: state.updatedAt,
    ...(state.status === 'error' ? { failure: { error: state.error, offline: state.offline, onRetry } } : {}),
  });
}

/** A resource state with data to show: fresh, cached, or kept after a failed refresh. */
export type LoadedState<T> = Exclude<ResourceState<T>, { status: 'loading' }> & { data: T };

/**
 * The loading/error switch every widget renders its main resource through: loading until data arrives,
 * the error and its control when the load failed with nothing to fall back on, else `renderData`.
 */
export function renderLoaded<T>(
  state: ResourceState<T>,
  onRetry: () => void,
  renderData: (loaded: LoadedState<T>) => TemplateResult,
  loadingLabel?: string,
): TemplateResult {
  if (state.status === 'loading') return renderLoading(loadingLabel);
  if (!state.data) return state.status === 'error' ? renderError(state.error, onRetry) : renderLoading(loadingLabel);
  return renderData(state as LoadedState<T>);
}

function renderAction(action: ErrorAction, onRetry: () => void): TemplateResult | typeof nothing {
  if (action === 'retry') {
    return html`<button type="button" class="lb-button" part="retry-button" @click=${onRetry}>${retryLabel()}</button>`;
  }
  if (action === 'none') return nothing;
  const href = currentConfiguration().signInUrl;
  if (href) return html`<a class="lb-button" part="sign-in" href=${href}>${signInLabel()}</a>`;
  return html`<button type="button" class="lb-button" part="sign-in" @click=${askHostToSignIn}>${signInLabel()}</button>`;
}

/** `lb-sign-in` from the button, so it reaches the widget and the page (it bubbles out of the shadow root). */
function askHostToSignIn(event: Event): void {
  const button = event.currentTarget as HTMLElement;
  const root = button.getRootNode();
  const tagName = root instanceof ShadowRoot ? root.host.localName : '';
  button.dispatchEvent(new LbSignInEvent({ tagName }));
}
