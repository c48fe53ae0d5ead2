import { css, html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * Text from data (a pot name, a route title, a goal) clamped to three lines, like the finder's titles, so
 * a 10,000-character name cannot make a 9,000 px tall widget. The full text stays in the DOM for screen
 * readers; one that is really cut off also takes keyboard focus ({@link ClampFocusController}) and shows
 * in full while focused or hovered, so it can be read without a mouse. Inside a control that takes focus
 * itself, pass `focusable: false`: the control's focus shows the text in full. Add {@link clampStyles}
 * to the widget's styles.
 */
export function clamped(text: string, { focusable = true }: { focusable?: boolean } = {}): TemplateResult {
  return focusable
    ? html`<span class="lb-clamp" data-reach>${text}</span>`
    : html`<span class="lb-clamp">${text}</span>`;
}

/**
 * Gives keyboard focus to exactly the clamped texts that are cut off now (and takes it back when the
 * widget grows wide enough), after every render and every resize, so short texts add no tab stops.
 */
export class ClampFocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #resize = new ResizeObserver(() => this.#schedule());
  #frame = 0;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resize.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  hostUpdated(): void {
    this.#schedule();
  }

  /** Once per frame, where the browser lays out anyway: measuring then costs no extra layout. */
  #schedule(): void {
    if (this.#frame !== 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#check();
    });
  }

  #check(): void {
    // Measure every text first, then change attributes, so the measuring needs one layout, not one each.
    const texts = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[data-reach]')].filter(
      (text) => !text.matches(':focus, :hover'),
    ); // shown in full now, so it measures as not cut off
    const cutOff = texts.map((text) => text.scrollHeight > text.clientHeight + 1);
    texts.forEach((text, index) => {
      if (cutOff[index] && text.tabIndex !== 0) text.tabIndex = 0;
      else if (!cutOff[index] && text.hasAttribute('tabindex')) text.removeAttribute('tabindex');
    });
  }
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
