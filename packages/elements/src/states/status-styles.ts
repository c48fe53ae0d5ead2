import { css } from 'lit';
import { tokens } from '../theme/tokens.js';

/** Styles of the shared state renderings in `status-views.ts`; add them to a widget's `static styles`. */
export const statusStyles = css`
  .lb-state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${tokens.space2};
    padding: ${tokens.space3};
    color: ${tokens.colorText};
  }
  .lb-state__text,
  .lb-notice__text {
    margin: 0;
  }
  .lb-state--error .lb-state__text {
    color: ${tokens.colorDanger};
  }
  .lb-skeleton {
    display: block;
    inline-size: 100%;
    block-size: 0.75em;
    border-radius: 999px;
    background: ${tokens.colorTrack};
    animation: lb-pulse 1.4s ease-in-out infinite;
  }
  @keyframes lb-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .lb-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${tokens.space2};
    margin-block-start: ${tokens.space2};
    font-size: 0.875em;
    color: ${tokens.colorTextMuted};
  }
`;
