import { css } from 'lit';
import { statusStyles } from '../../states/status-styles.js';
import { textareaStyles } from '../request-shared/request-textarea.styles.js';
import { hostStyles, tokens } from '../../theme/tokens.js';

/** Styles of the request dialog. It fits a 320 px screen and scrolls inside when it is taller than the screen. */
export const requestDialogStyles = [
  hostStyles,
  statusStyles,
  textareaStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      inline-size: min(40rem, calc(100vw - 1rem));
      max-block-size: calc(100vh - 1rem);
      overflow: auto;
      padding: ${tokens.space3};
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
      background: ${tokens.colorSurface};
      color: ${tokens.colorText};
      font-family: ${tokens.fontFamily};
      font-size: ${tokens.fontSize};
      line-height: 1.5;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    h2 {
      margin: 0 0 ${tokens.space3};
      font-size: 1.25em;
      overflow-wrap: anywhere;
    }
    h3 {
      margin: ${tokens.space3} 0 ${tokens.space1};
      font-size: 1em;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      font-weight: 600;
      margin-block-end: ${tokens.space1};
    }
    .run {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 ${tokens.space2};
      padding: ${tokens.space2};
      border: 1px solid ${tokens.colorBorder};
      border-radius: ${tokens.radius};
      margin-block-end: ${tokens.space2};
    }
    .run input {
      inline-size: 24px;
      block-size: 24px;
      margin: 0;
    }
    .run--unavailable {
      border-style: dashed;
    }
    .run-facts,
    .run-why {
      grid-column: 2;
      margin: 0;
      font-size: 0.875em;
    }
    .run-why {
      font-weight: 600;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    p {
      margin: ${tokens.space1} 0;
    }
    label[for='motivation'] {
      display: block;
      margin-block-start: ${tokens.space3};
      font-weight: 600;
    }
    .hint {
      font-size: 0.875em;
      color: ${tokens.colorTextMuted};
    }
    textarea {
      min-block-size: 5em;
    }
    .failure:not(:empty) {
      margin-block-start: ${tokens.space2};
      padding: ${tokens.space2};
      border-inline-start: 4px solid ${tokens.colorDanger};
      color: ${tokens.colorDanger};
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.space2};
      margin-block-start: ${tokens.space3};
    }
    .send {
      background: ${tokens.colorPrimary};
      color: ${tokens.colorOnPrimary};
    }
    .send[aria-disabled='true'] {
      opacity: 0.7;
      cursor: progress;
    }
  `,
];
