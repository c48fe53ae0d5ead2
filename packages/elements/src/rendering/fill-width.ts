import { nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** The directive behind {@link fillWidth}. */
class FillWidthDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('fillWidth() belongs in an element position');
  }

  render(_fraction: number): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [fraction]: [number]): typeof nothing {
    const safe = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
    (part.element as HTMLElement).style.inlineSize = `${safe * 100}%`;
    return nothing;
  }
}

/**
 * Sets an element's inline size to `fraction` (clamped to 0–1) through the CSSOM, for bar fills.
 * Unlike `styleMap`, whose first render writes a `style="…"` attribute, this never trips a
 * `style-src` Content-Security-Policy without `'unsafe-inline'`.
 *
 * @example html`<div class="fill" ${fillWidth(0.45)}></div>`
 */
export const fillWidth = directive(FillWidthDirective);
