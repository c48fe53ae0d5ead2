import { html, nothing, type TemplateResult } from 'lit';
import { warnOnce } from '../base/warn-once.js';
import { safeLinkHref } from '../security/safe-link.js';

/**
 * The target of a link the page sets on a widget (`finder-href`, `approvals-href`): only `https:` and relative
 * URLs. Anything else gives one console warning, so the page's author learns why the link is missing.
 */
export function configuredHref(tagName: string, attribute: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  const href = safeLinkHref(value);
  if (!href) {
    warnOnce(
      `${attribute}:${value}`,
      `<${tagName} ${attribute}="${value}"> is not an https: or relative URL; no link is shown.`,
    );
  }
  return href;
}

/** "Vind een cursus", to the page with the finder that the widget's `finder-href` names (part `finder-link`). */
export function renderFinderLink(
  tagName: string,
  finderHref: string | undefined,
  label: () => string,
): TemplateResult | typeof nothing {
  const href = configuredHref(tagName, 'finder-href', finderHref);
  if (!href) return nothing;
  return html`<a class="finder-link" part="finder-link" href=${href}>${label()}</a>`;
}
