import { css } from 'lit';
import { baseBoxStyles, sharedStyles } from '../../theme/shared-styles.js';
import { tokens } from '../../theme/tokens.js';

/** Styles of `<lb-team-budget>`. */
export const teamBudgetStyles = [
  ...sharedStyles,
  baseBoxStyles,
  css`
    .base {
      padding: var(--lb-team-budget-padding, ${tokens.space3});
    }
    .title {
      margin: 0 0 ${tokens.space2};
      font-size: 1.25em;
    }
    .subtitle {
      margin: ${tokens.space3} 0 ${tokens.space1};
      font-size: 1em;
    }
    p {
      margin: 0 0 ${tokens.space2};
    }
    .warning {
      padding-inline-start: ${tokens.space2};
      border-inline-start: 4px solid ${tokens.colorWarning};
      color: ${tokens.colorWarning};
      font-weight: 600;
    }
    .sort {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${tokens.space2};
      margin-block: ${tokens.space2};
    }
    select {
      min-block-size: 44px;
      padding-inline: ${tokens.space2};
      font: inherit;
      color: inherit;
      background: ${tokens.colorSurface};
      border: 1px solid ${tokens.colorTextMuted};
      border-radius: ${tokens.radius};
    }
    ul {
      display: grid;
      gap: ${tokens.space2};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .member,
    .team-pot {
      padding: ${tokens.space2} 0;
      border-block-start: 1px solid ${tokens.colorBorder};
    }
    .name {
      margin: 0;
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9.5em, 1fr));
      gap: ${tokens.space1} ${tokens.space3};
      margin: ${tokens.space1} 0 0;
    }
    dt {
      color: ${tokens.colorTextMuted};
      font-size: 0.875em;
    }
    dd {
      margin: 0;
      font-weight: 600;
    }
    .soon {
      color: ${tokens.colorWarning};
    }
    a {
      display: inline-flex;
      align-items: center;
      min-block-size: 24px;
      color: ${tokens.colorPrimary};
      font-weight: 600;
      text-underline-offset: 0.2em;
    }
    .team-pots {
      margin-block-start: ${tokens.space3};
      padding-block-start: ${tokens.space2};
      border-block-start: 2px dashed ${tokens.colorBorder};
    }
  `,
];
