import type { TypeaheadSuggestion } from '@leerbudget/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { finderMessages as t } from './course-finder.messages.js';
import { clamped } from '../../rendering/clamped-text.js';

/**
 * The search box with typeahead, following the WAI-ARIA 1.2 combobox pattern (list autocomplete):
 * the input keeps focus, `aria-activedescendant` points at the active option, Down/Up move, Enter
 * picks, Escape closes (and clears the box when the list is already closed).
 */

/** Whether the list is open and which option is active (-1: none). */
export interface ComboboxState {
  open: boolean;
  active: number;
}

/** What a key press asks of the finder, beside the new state. */
export type ComboboxAction = 'pick' | 'clear' | undefined;

/** The closed, idle combobox. */
export const CLOSED_COMBOBOX: ComboboxState = { open: false, active: -1 };

/**
 * The new state after `key` with `count` suggestions, and the action to run. `handled` says whether
 * the key belongs to the combobox (the caller then prevents the default, e.g. the caret jump of Up).
 */
export function comboboxKey(
  key: string,
  state: ComboboxState,
  count: number,
): { state: ComboboxState; action: ComboboxAction; handled: boolean } {
  switch (key) {
    case 'ArrowDown':
      if (count === 0) return { state, action: undefined, handled: false };
      return {
        state: { open: true, active: state.open ? (state.active + 1) % count : 0 },
        action: undefined,
        handled: true,
      };
    case 'ArrowUp':
      if (count === 0) return { state, action: undefined, handled: false };
      return {
        state: { open: true, active: state.open && state.active > 0 ? state.active - 1 : count - 1 },
        action: undefined,
        handled: true,
      };
    case 'Enter':
      if (state.open && state.active >= 0 && state.active < count)
        return { state: CLOSED_COMBOBOX, action: 'pick', handled: true };
      return { state: CLOSED_COMBOBOX, action: undefined, handled: state.open };
    case 'Escape':
      if (state.open) return { state: CLOSED_COMBOBOX, action: undefined, handled: true };
      return { state, action: 'clear', handled: true };
    case 'Tab':
      return { state: CLOSED_COMBOBOX, action: undefined, handled: false };
    default:
      return { state, action: undefined, handled: false };
  }
}

/** What {@link renderSearchCombobox} shows and calls back. */
export interface SearchComboboxView {
  value: string;
  suggestions: readonly TypeaheadSuggestion[];
  state: ComboboxState;
  onInput: (event: InputEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onPick: (index: number) => void;
  onBlur: () => void;
}

const INPUT_ID = 'finder-search';
const LIST_ID = 'finder-suggestions';
const HINT_ID = 'finder-search-hint';

/** The id of option `index`, for `aria-activedescendant`. */
function optionId(index: number): string {
  return `finder-suggestion-${index}`;
}

function suggestionText(suggestion: TypeaheadSuggestion): string {
  if (suggestion.kind === 'topic') return t.suggestionTopic(suggestion.label);
  if (suggestion.kind === 'provider') return t.suggestionProvider(suggestion.label);
  return suggestion.label;
}

/** Renders the labelled input and its listbox of suggestions. */
export function renderSearchCombobox(view: SearchComboboxView): TemplateResult {
  const { state, suggestions } = view;
  const expanded = state.open && suggestions.length > 0;
  const active = expanded && state.active >= 0 ? optionId(state.active) : undefined;
  return html`<div class="search" part="search" role="search" aria-label=${t.searchLabel()}>
    <label class="search-label" for=${INPUT_ID}>${t.searchLabel()}</label>
    <p class="hint" id=${HINT_ID}>${t.searchHint()}</p>
    <div class="combobox">
      <input
        id=${INPUT_ID}
        data-focus-home
        part="search-input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls=${LIST_ID}
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${active ?? nothing}
        aria-describedby=${HINT_ID}
        .value=${view.value}
        @input=${view.onInput}
        @keydown=${view.onKeyDown}
        @blur=${view.onBlur}
      />
      <ul id=${LIST_ID} class="suggestions" part="suggestions" role="listbox" aria-label=${t.suggestions()} ?hidden=${!expanded}>
        ${
          expanded
            ? suggestions.map(
                (suggestion, index) => html`<li
                id=${optionId(index)}
                class="suggestion"
                part="suggestion"
                role="option"
                aria-selected=${index === state.active ? 'true' : 'false'}
                @mousedown=${(event: MouseEvent) => event.preventDefault()}
                @click=${() => view.onPick(index)}
              >${clamped(suggestionText(suggestion), { focusable: false })}</li>`,
              )
            : nothing
        }
      </ul>
    </div>
  </div>`;
}
