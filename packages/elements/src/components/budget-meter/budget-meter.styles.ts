import { css } from 'lit';
import { sharedStyles } from '../../theme/shared-styles.js';
import { tokens } from '../../theme/tokens.js';

/** Styles of `<lb-budget-meter>`. Component tokens fall back to the system tokens in `theme/tokens.ts`. */
export const budgetMeterStyles = [
  ...sharedStyles,
  css`
    .base {
      padding: var(--lb-budget-meter-padding, ${tokens.space3});
      border: 1px solid var(--lb-budget-meter-border-color, ${tokens.colorBorder});
      border-radius: ${tokens.radius};
      background: var(--lb-budget-meter-background, ${tokens.colorSurface});
    }
    .label {
      margin: 0 0 ${tokens.space1};
      font-size: 0.875em;
      font-weight: 600;
      line-height: 1.5;
      color: ${tokens.colorTextMuted};
    }

    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.space2} ${tokens.space4};
    }
    .figure {
      margin: 0;
    }
    .value {
      display: block;
      font-size: 1.75em;
      font-weight: 700;
      line-height: 1.2;
      overflow-wrap: break-word;
      hyphens: auto;
    }
    .muted {
      color: ${tokens.colorTextMuted};
    }
    .lb-track {
      block-size: var(--lb-budget-meter-track-height, 0.75em);
      background: var(--lb-budget-meter-track, ${tokens.colorTrack});
    }
    .lb-fill {
      background: var(--lb-budget-meter-fill, ${tokens.colorPrimary});
    }
    .hours .lb-fill {
      background: var(--lb-budget-meter-hours-fill, var(--lb-budget-meter-fill, ${tokens.colorPrimary}));
    }
    .nudge {
      margin: ${tokens.space2} 0 0;
      padding-inline-start: ${tokens.space2};
      border-inline-start: 4px solid var(--lb-budget-meter-nudge-color, ${tokens.colorWarning});
      color: var(--lb-budget-meter-nudge-color, ${tokens.colorWarning});
      font-weight: 600;
    }
    .nudge-link {
      display: inline-block;
      min-block-size: 24px;
      color: ${tokens.colorPrimary};
    }
    .line {
      margin: ${tokens.space1} 0 0;
    }
    .finder-link {
      display: inline-flex;
      align-items: center;
      min-block-size: 44px;
      margin-block-start: ${tokens.space2};
      color: ${tokens.colorPrimary};
      font-weight: 600;
      text-underline-offset: 0.2em;
    }
    .pots {
      display: grid;
      gap: ${tokens.space3};
      margin-block-start: ${tokens.space3};
    }
    .pot {
      padding-block-start: ${tokens.space3};
      border-block-start: 1px solid var(--lb-budget-meter-border-color, ${tokens.colorBorder});
    }
    .pot-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: ${tokens.space1} ${tokens.space3};
      margin: 0;
    }
    .pot-name {
      font-weight: 700;
      overflow-wrap: break-word;
      hyphens: auto;
      max-inline-size: 100%;
    }
    .pot .lb-track {
      block-size: var(--lb-budget-meter-pot-track-height, 0.5em);
    }
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.space1} ${tokens.space3};
      margin: 0;
    }
    .figures div {
      display: flex;
      gap: ${tokens.space1};
    }
    .figures dt {
      color: ${tokens.colorTextMuted};
    }
    .figures dd {
      margin: 0;
      font-weight: 600;
    }
    .rules {
      margin: ${tokens.space1} 0 0;
      padding-inline-start: 1.25em;
    }
    .small {
      font-size: 0.875em;
    }
    .team {
      margin-block-start: ${tokens.space3};
      padding-block-start: ${tokens.space3};
      border-block-start: 2px dashed var(--lb-budget-meter-border-color, ${tokens.colorBorder});
    }
  `,
];
