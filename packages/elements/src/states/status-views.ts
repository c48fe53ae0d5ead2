import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatTime } from '../formatting/intl-format.js';
import { todayIsoDate } from '@leerbudget/sdk/funding';
import type { ResourceState } from '../data/resource-controller.js';
import { activeMessageLocale } from '../localization/msg.js';
import {
  errorMessage,
  loadingMessage,
  offlineMessage,
  retryLabel,
  updatedAtMessage,
  updatedOnMessage,
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

/** Empty (nothing to show, which is not an error): a message and an optional next step. */
export function renderEmpty(message: string, action: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="lb-state lb-state--empty" part="state state-empty" role="status">
    <p class="lb-state__text">${message}</p>
    ${action}
  </div>`;
}

/** Error without data to fall back on: what happened, and a retry button. */
export function renderError(error: unknown, onRetry: () => void): TemplateResult {
  return html`<div class="lb-state lb-state--error" part="state state-error" role="alert">
    <p class="lb-state__text">${errorMessage(error)}</p>
    ${renderRetryButton(onRetry)}
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

/** When the data was fetched, plus "you are offline" or the error and a retry button when the refresh failed. */
export function renderStaleNotice({ updatedAt, failure }: StaleNoticeOptions): TemplateResult {
  const reason = failure ? (failure.offline ? offlineMessage() : errorMessage(failure.error)) : '';
  return html`<div class="lb-notice" part="notice" role="status">
    <p class="lb-notice__text">${updatedText(updatedAt)} ${reason}</p>
    ${failure ? renderRetryButton(failure.onRetry) : nothing}
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

function renderRetryButton(onRetry: () => void): TemplateResult {
  return html`<button type="button" class="lb-button" part="retry-button" @click=${onRetry}>${retryLabel()}</button>`;
}
