import { css } from 'lit';
import { courseOutcomeStyles } from '../../labels/course-outcomes.js';
import { sharedStyles } from '../../theme/shared-styles.js';
import { tokens } from '../../theme/tokens.js';

const border = css`var(--lb-course-finder-border-color, ${tokens.colorBorder})`;

/** Styles of `<lb-course-finder>`. Component tokens fall back to the system tokens in `theme/tokens.ts`. */
export const courseFinderStyles = [
  ...sharedStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .base {
      display: grid;
      gap: ${tokens.space3};
      background: var(--lb-course-finder-background, ${tokens.colorSurface});
    }
    /* "Naar de resultaten (n)": out of sight until a keyboard user reaches it. */
    .skip-link:not(:focus) {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .skip-link {
      justify-self: start;
      color: ${tokens.colorPrimary};
      font-weight: 600;
    }
    .filters-toggle {
      display: none;
      justify-self: start;
    }
    .search-label {
      display: block;
      font-weight: 700;
    }
    .hint,
    .small {
      margin: 0;
      font-size: 0.875em;
      color: ${tokens.colorTextMuted};
    }
    .combobox {
      position: relative;
      margin-block-start: ${tokens.space1};
    }
    input[type='text'],
    input[type='number'],
    input[type='date'],
    select {
      border-color: var(--lb-course-finder-control-border-color, ${tokens.colorControlBorder});
    }
    input[type='text'] {
      inline-size: 100%;
    }
    input[type='number'] {
      inline-size: 7em;
    }
    .suggestions {
      position: absolute;
      inset-inline: 0;
      z-index: 1;
      margin: ${tokens.space1} 0 0;
      padding: ${tokens.space1} 0;
      list-style: none;
      border: 2px solid ${border};
      border-radius: ${tokens.radius};
      background: ${tokens.colorSurface};
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
    }
    .suggestions[hidden] {
      display: none;
    }
    .suggestion {
      min-block-size: 44px;
      padding: ${tokens.space2} ${tokens.space3};
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    .suggestion[aria-selected='true'] {
      background: ${tokens.colorPrimary};
      color: ${tokens.colorOnPrimary};
      outline: 2px solid ${tokens.colorText};
      outline-offset: -4px;
    }
    .layout {
      display: grid;
      gap: ${tokens.space4};
    }
    @container (min-width: 45rem) {
      .layout {
        grid-template-columns: var(--lb-course-finder-filters-width, 16rem) minmax(0, 1fr);
        align-items: start;
      }
    }
    /* A narrow container (a phone, a sidebar): results first, the filters behind "Filters (n)". */
    @container (max-width: 44.99rem) {
      .filters-toggle {
        display: inline-flex;
        align-items: center;
      }
      .filters-wrap:not(.is-open) {
        display: none;
      }
    }
    .group-body[hidden] {
      display: none;
    }
    .group-toggle {
      font-weight: 700;
      color: ${tokens.colorText};
    }
    .filters {
      display: grid;
      gap: ${tokens.space3};
    }
    .filters-title {
      margin: 0;
      font-size: 1.125em;
    }
    .group {
      min-inline-size: 0;
      margin: 0;
      padding: ${tokens.space2} ${tokens.space3};
      border: 1px solid ${border};
      border-radius: ${tokens.radius};
    }
    .group legend {
      padding-inline: ${tokens.space1};
      font-weight: 700;
    }
    .check {
      display: flex;
      align-items: center;
      gap: ${tokens.space2};
      min-block-size: 32px;
    }
    .check input {
      inline-size: 24px;
      block-size: 24px;
      margin: 0;
      flex: none;
      accent-color: ${tokens.colorPrimary};
    }
    .check label {
      overflow-wrap: anywhere;
    }
    .range {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.space2};
    }
    .range-field {
      display: grid;
      gap: ${tokens.space1};
    }
    .field-error {
      margin: 0;
      color: ${tokens.colorDanger};
      font-weight: 700;
    }
    .fits {
      padding: ${tokens.space2} ${tokens.space3};
      border: 2px solid ${tokens.colorPrimary};
      border-radius: ${tokens.radius};
    }
    .fits .check label {
      font-weight: 700;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: ${tokens.space2};
    }
    .count {
      margin: 0;
      font-weight: 700;
    }
    .sort {
      display: grid;
      gap: ${tokens.space1};
    }
    .cards {
      display: grid;
      gap: ${tokens.space3};
      margin-block-start: ${tokens.space3};
    }
    .card {
      display: grid;
      gap: ${tokens.space2};
      padding: ${tokens.space3};
      border: 1px solid ${border};
      border-radius: ${tokens.radius};
      overflow-wrap: break-word;
      hyphens: auto;
    }
    /* A long facet label or suggestion shows in full while its checkbox has focus or it is the active option. */
    .check:focus-within .lb-clamp,
    [aria-selected='true'] > .lb-clamp {
      display: block;
      -webkit-line-clamp: unset;
    }
    .card-title {
      font-size: 1.125em;
    }
    .provider,
    .price,
    .plan-verdict,
    .plan-summary {
      margin: 0;
    }
    .provider {
      color: ${tokens.colorTextMuted};
    }
    .facts,
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.space1} ${tokens.space3};
    }
    .price {
      font-size: 1.125em;
      font-weight: 700;
    }
    .plan {
      display: grid;
      gap: ${tokens.space1};
      padding-inline-start: ${tokens.space2};
      border-inline-start: 4px solid currentColor;
    }
    .plan-verdict {
      font-weight: 700;
    }
    .plan--covered .plan-verdict {
      color: var(--lb-course-finder-covered-color, #1a7f37);
    }
    .plan--own .plan-verdict {
      color: ${tokens.colorWarning};
    }
    .reasons summary {
      min-block-size: 24px;
      color: ${tokens.colorPrimary};
      cursor: pointer;
    }
    .reasons ul {
      margin: ${tokens.space1} 0 0;
      padding-inline-start: 1.25em;
    }
    .badge {
      display: grid;
      padding: ${tokens.space1} ${tokens.space2};
      border: 1px solid ${border};
      border-radius: ${tokens.radius};
      font-size: 0.875em;
    }
    .badge-label {
      font-weight: 700;
    }
    .badge-explanation {
      color: ${tokens.colorTextMuted};
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${tokens.space2} ${tokens.space3};
    }
    .more {
      display: inline-flex;
      align-items: center;
      min-block-size: 44px;
      color: ${tokens.colorPrimary};
      font-weight: 600;
    }
    .show-more {
      margin-block-start: ${tokens.space3};
    }
    .request-status {
      flex-basis: 100%;
      margin: 0;
      font-weight: 600;
    }
    .lb-button:focus-visible {
      outline-offset: 3px;
    }
  `,
  courseOutcomeStyles,
];
