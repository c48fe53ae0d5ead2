import { css } from 'lit';
import { courseOutcomeStyles } from '../../labels/course-outcomes.js';
import { sharedStyles } from '../../theme/shared-styles.js';
import { tokens } from '../../theme/tokens.js';

const border = css`var(--lb-learning-path-border-color, ${tokens.colorBorder})`;
const accent = css`var(--lb-learning-path-accent, ${tokens.colorPrimary})`;

/** Styles of `<lb-learning-path>`. Component tokens fall back to the system tokens in `theme/tokens.ts`. */
export const learningPathStyles = [
  ...sharedStyles,
  css`
    .base {
      padding: var(--lb-learning-path-padding, ${tokens.space3});
      border: 1px solid ${border};
      border-radius: ${tokens.radius};
      background: var(--lb-learning-path-background, ${tokens.colorSurface});
      overflow-wrap: break-word;
      hyphens: auto;
    }
    .label {
      margin: 0 0 ${tokens.space1};
      font-size: 0.875em;
      font-weight: 600;
      color: ${tokens.colorTextMuted};
    }
    .title {
      margin: 0;
      font-size: 1.375em;
      line-height: 1.25;
    }
    .heading {
      margin: 0 0 ${tokens.space1};
      font-size: 1em;
    }
    .line,
    .facts,
    .overdue {
      margin: ${tokens.space1} 0 0;
    }
    .muted {
      color: ${tokens.colorTextMuted};
    }
    .small {
      font-size: 0.875em;
    }
    .chooser {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${tokens.space2};
      margin: 0 0 ${tokens.space2};
    }
    .lb-track {
      background: var(--lb-learning-path-track, ${tokens.colorTrack});
    }
    .lb-fill {
      background: var(--lb-learning-path-fill, ${tokens.colorPrimary});
    }
    .next,
    .cost,
    [part='outcomes'],
    .steps {
      margin-block-start: ${tokens.space3};
    }
    .next,
    .is-next {
      padding: ${tokens.space2} ${tokens.space3};
      border-inline-start: 4px solid ${accent};
      background: color-mix(in srgb, ${accent} 6%, transparent);
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.space1} ${tokens.space3};
      color: ${tokens.colorTextMuted};
    }
    .fact {
      display: inline-flex;
      align-items: center;
      gap: ${tokens.space1};
    }
    .icon {
      flex: none;
    }
    .status-done {
      color: ${tokens.colorText};
      font-weight: 600;
    }
    .overdue {
      color: var(--lb-learning-path-overdue-color, ${tokens.colorDanger});
      font-weight: 600;
    }
    .request {
      margin-block-start: ${tokens.space2};
    }
    .request-status {
      margin: ${tokens.space1} 0 0;
      font-weight: 600;
    }
    .action {
      display: inline-flex;
      align-items: center;
      min-block-size: 44px;
      color: ${tokens.colorPrimary};
      font-weight: 600;
      text-underline-offset: 0.2em;
    }
    .lb-button {
      margin-block-start: ${tokens.space1};
    }
    .steps {
      display: grid;
      gap: ${tokens.space2};
    }
    .step {
      padding-block: ${tokens.space2};
      border-block-start: 1px solid ${border};
    }
    .step-button {
      min-block-size: 44px;
      font-weight: 600;
    }
    [part='step-cost'] p,
    [part='step-cost'] ul,
    .outcomes {
      margin: ${tokens.space1} 0 0;
      padding-inline-start: 1.25em;
    }
    [part='step-cost'] p {
      padding: 0;
    }
    .figures {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: ${tokens.space1} ${tokens.space3};
      margin: 0;
    }
    .figures div {
      display: contents;
    }
    .figures dd {
      margin: 0;
      font-weight: 600;
      text-align: end;
    }
    [part~='cost-own'] dt,
    [part~='cost-own'] dd {
      font-weight: 700;
    }
  `,
  courseOutcomeStyles,
];
