import { css } from 'lit';
import { baseBoxStyles, sharedStyles } from '../../theme/shared-styles.js';
import { tokens } from '../../theme/tokens.js';

/**
 * Styles of `<lb-budget-insights>`. Bar colours have at least 3:1 contrast with the background, and each segment
 * also has its own pattern; in forced colours (Windows high contrast) bars and text take the system colours.
 */
export const budgetInsightsStyles = [
  ...sharedStyles,
  baseBoxStyles,
  css`
    .title {
      margin: 0 0 ${tokens.space2};
      font-size: 1.25em;
    }
    .subtitle {
      margin: 0 0 ${tokens.space1};
      font-size: 1.0625em;
    }
    p {
      margin: 0 0 ${tokens.space2};
    }
    .muted {
      color: ${tokens.colorTextMuted};
    }
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 28rem), 1fr));
      gap: ${tokens.space4};
      margin-block-start: ${tokens.space3};
    }
    figure {
      margin: 0;
      min-inline-size: 0;
    }
    .summary {
      font-weight: 600;
    }
    .patterns {
      position: absolute;
    }
    .chart {
      display: block;
      overflow: visible;
    }
    .chart text {
      fill: ${tokens.colorText};
      font-size: 14px;
    }
    .chart .row-value {
      font-weight: 600;
    }
    .segment {
      stroke: ${tokens.colorSurface};
      stroke-width: 1px;
    }
    .segment.spent,
    .segment.single {
      fill: var(--lb-insights-spent, #0b5cad);
    }
    .pattern-ground.reserved {
      fill: var(--lb-insights-reserved, #8a4b00);
    }
    .pattern-ground.available {
      fill: var(--lb-insights-available, #1e6e41);
    }
    .pattern-ink {
      fill: #ffffff;
      stroke: #ffffff;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.space1} ${tokens.space3};
      margin: 0 0 ${tokens.space2};
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: ${tokens.space1};
    }
    details {
      margin-block-start: ${tokens.space1};
    }
    summary {
      display: inline-flex;
      align-items: center;
      min-block-size: 44px;
      color: ${tokens.colorPrimary};
      font-weight: 600;
      cursor: pointer;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      min-inline-size: 100%;
      font-size: 0.9375em;
    }
    th,
    td {
      padding: ${tokens.space1} ${tokens.space2};
      border-block-end: 1px solid ${tokens.colorBorder};
      text-align: end;
      white-space: nowrap;
    }
    th:first-child,
    td:first-child {
      text-align: start;
      white-space: normal;
    }
    @media (forced-colors: active) {
      .chart text {
        fill: CanvasText;
      }
      .segment {
        stroke: CanvasText;
      }
      .segment.spent,
      .segment.single {
        fill: CanvasText;
      }
      .pattern-ground.reserved,
      .pattern-ground.available {
        fill: Canvas;
      }
      .pattern-ink {
        fill: CanvasText;
        stroke: CanvasText;
      }
    }
  `,
];
