import { html, nothing, type TemplateResult } from 'lit';
import { finderMessages as t } from './course-finder.messages.js';

/** The start dates the visitor chose, as ISO days (`YYYY-MM-DD`); a missing (or `undefined`) end is open. */
export interface StartDateRange {
  from?: string;
  to?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ERROR_ID = 'finder-start-error';

/** An ISO day, or `undefined` for empty or malformed text (from a date field or the page URL). */
export function isoDayOf(text: string | null | undefined): string | undefined {
  return text && ISO_DAY.test(text) ? text : undefined;
}

/** "Start uiterlijk" before "Start vanaf": such a range finds nothing, so it is not applied and the visitor is told. */
function isReversed(range: StartDateRange): boolean {
  return range.from !== undefined && range.to !== undefined && range.to < range.from;
}

/** The range for the engine query, or `undefined` when it is empty or reversed. */
export function startDateQuery(range: StartDateRange): StartDateRange | undefined {
  if (isReversed(range) || (range.from === undefined && range.to === undefined)) return undefined;
  return { ...range };
}

/** The two native date fields, and under them what to do when the end lies before the start. */
export function renderStartDateFields(
  range: StartDateRange,
  onChange: (end: keyof StartDateRange, day: string | undefined) => void,
): TemplateResult {
  const reversed = isReversed(range);
  const field = (end: keyof StartDateRange, label: string) =>
    html`<label class="range-field"><span>${label}</span><input type="date" .value=${range[end] ?? ''}
      aria-invalid=${reversed ? 'true' : 'false'} aria-describedby=${reversed ? ERROR_ID : nothing}
      @change=${(event: Event) => onChange(end, isoDayOf((event.target as HTMLInputElement).value))} /></label>`;
  return html`${field('from', t.startFrom())} ${field('to', t.startTo())}<p class="field-error" id=${ERROR_ID} role="alert">${reversed ? `${t.startRangeError()} ${t.startRangeErrorNext()}` : nothing}</p>`;
}
