import { css, html, nothing, type TemplateResult } from 'lit';

/** Texts longer than this may be cut off visually, so they take keyboard focus to show in full. */
const LONG_TEXT = 80;

/**
 * Text from data (a pot name, a route title, a goal) clamped to three lines, like the finder's titles, so
 * a 10,000-character name cannot make a 9,000 px tall widget. The full text stays in the DOM for screen
 * readers; a long one also takes keyboard focus and shows in full while focused (or hovered), so it can
 * be read without a mouse. Inside a control that takes focus itself, pass `focusable: false`: the
 * control's focus shows the text in full. Add {@link clampStyles} to the widget's styles.
 */
export function clamped(text: string, { focusable = true }: { focusable?: boolean } = {}): TemplateResult {
  const tabIndex = focusable && text.length > LONG_TEXT ? 0 : nothing;
  return html`<span class="lb-clamp" tabindex=${tabIndex}>${text}</span>`;
}

/** Styles of {@link clamped}. */
export const clampStyles = css`
  .lb-clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
    max-inline-size: 100%;
  }
  .lb-clamp:focus,
  .lb-clamp:hover,
  :focus-visible > .lb-clamp {
    display: block;
    -webkit-line-clamp: unset;
  }
`;
