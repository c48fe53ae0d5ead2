import { css } from 'lit';
import { clampStyles } from '../../rendering/clamped-text.js';
import { statusStyles } from '../../states/status-styles.js';
import { baseBoxStyles } from '../../theme/shared-styles.js';
import { textareaStyles } from './request-textarea.styles.js';
import { hostStyles, tokens } from '../../theme/tokens.js';

/** Styles shared by `<lb-my-requests>` and `<lb-approvals>`: a titled box with a list of request cards. */
export const requestListStyles = [
  hostStyles,
  statusStyles,
  clampStyles,
  baseBoxStyles,
  textareaStyles,
  css`
    h2 {
      margin: 0 0 ${tokens.space2};
      font-size: 1.125em;
    }
    h3 {
      margin: 0;
      font-size: 1em;
      overflow-wrap: anywhere;
    }
    ul.items {
      display: grid;
      gap: ${tokens.space2};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      padding: ${tokens.space2} ${tokens.space3};
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
    }
    p {
      margin: ${tokens.space1} 0;
      overflow-wrap: anywhere;
    }
    .item ul {
      margin: ${tokens.space1} 0;
      padding-inline-start: 1.25em;
    }
    .status {
      font-weight: 600;
    }
    .muted {
      color: ${tokens.colorTextMuted};
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.space2};
      margin-block-start: ${tokens.space2};
    }
    .confirmation:empty {
      margin: 0;
    }
    .confirmation:not(:empty) {
      padding: ${tokens.space2};
      border-inline-start: 4px solid ${tokens.colorPrimary};
      font-weight: 600;
    }
    .problem:not(:empty) {
      color: ${tokens.colorDanger};
      font-weight: 600;
    }
    details summary {
      cursor: pointer;
      min-block-size: 24px;
      color: ${tokens.colorPrimary};
    }
    blockquote {
      margin: ${tokens.space1} 0;
      padding-inline-start: ${tokens.space2};
      border-inline-start: 3px solid ${tokens.colorBorder};
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    label {
      display: block;
      font-weight: 600;
      margin-block-start: ${tokens.space2};
    }
    textarea {
      min-block-size: 4em;
    }
    a.finder-link {
      display: inline-flex;
      align-items: center;
      min-block-size: 44px;
      color: ${tokens.colorPrimary};
      font-weight: 600;
    }
  `,
];
