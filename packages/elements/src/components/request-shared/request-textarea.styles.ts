import { css } from 'lit';
import { tokens } from '../../theme/tokens.js';

/**
 * The request widgets' `textarea` for a few lines of free text (a motivation, a reason); each sets its height.
 * Here rather than in the shared styles: no other widget has one, and pages without them should not pay for it.
 */
export const textareaStyles = css`
  textarea {
    display: block;
    inline-size: 100%;
    padding: ${tokens.space1};
    border: 1px solid ${tokens.colorTextMuted};
    border-radius: ${tokens.radius};
    font: inherit;
    color: inherit;
    background: ${tokens.colorSurface};
  }
`;
