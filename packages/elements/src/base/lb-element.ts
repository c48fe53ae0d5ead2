import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  checkedApiBase,
  checkedCacheMode,
  currentConfiguration,
  onConfigurationChange,
} from '../data/configuration.js';
import type { ResourceHost } from '../data/resource-controller.js';
import { ClampFocusController } from '../rendering/clamped-text.js';
import type { ClientSettings } from '../data/shared-client.js';
import { LbErrorEvent } from '../events/error-event.js';
import type { LbEvent } from '../events/lb-event.js';
import { resolveElementLocale, type Locale } from '../localization/locale.js';
import { inLocale } from '../localization/msg.js';
import { errorMessage } from '../states/status-messages.js';
import { defineElement } from './define-element.js';
import { VERSION } from './version.js';

const connected = new Set<LbElement>();
let watchingLanguage = false;

/**
 * Re-renders every widget when the page changes a `lang` attribute (an nl/en toggle) or the
 * configured language changes. Started on the first connect, so importing the class has no effect.
 */
function watchLanguage(): void {
  if (watchingLanguage) return;
  watchingLanguage = true;
  const renderAll = () => {
    for (const element of connected) element.requestUpdate();
  };
  new MutationObserver(renderAll).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  onConfigurationChange((change) => {
    if (change.languageChanged) renderAll();
  });
}

/**
 * Base class of every Leerbudget widget. It gives each widget:
 * - `api-base` and `cache` attributes that override the page-wide {@link configure} defaults,
 * - its language (`lang` attribute, else the nearest `lang` up the tree, else `nl`) as {@link locale},
 *   applied to every `msg()` call while it renders,
 * - {@link emit} for typed `lb-*` events, and a version-aware static {@link define}.
 *
 * Subclasses load data with a {@link ResourceController} and render its states with the helpers in
 * `states/status-views.js`.
 */
export class LbElement extends LitElement implements ResourceHost {
  /** The package version this class belongs to; {@link define} compares it with an existing registration. */
  static readonly version: string = VERSION;

  /**
   * Registers this class as `tagName`. A no-op when the tag exists with the same version, one console
   * warning for another version; never throws.
   */
  static define(tagName: string): boolean {
    return defineElement(tagName, this);
  }

  // Declared statically rather than with decorators: the bundle then carries no decorator helpers.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    cache: {},
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The API base for this widget, e.g. `https://hr.example.nl/leerbudget`. Default: the page's
   * configuration (`data-api-base` on the script tag, or `Leerbudget.configure({ apiBase })`).
   * Only `https:` (or `http:` on localhost) is accepted.
   */
  declare apiBase?: string;

  /**
   * Where data is kept between visits: `indexeddb` (default), `memory`, or `none` (nothing personal
   * is stored; for kiosks and shared PCs).
   */
  declare cache?: string;

  constructor() {
    super();
    // Long texts from data are clamped (`clamped()`); the ones cut off take keyboard focus.
    new ClampFocusController(this);
  }

  /** The language this widget renders in right now. */
  get locale(): Locale {
    return resolveElementLocale(this, currentConfiguration().lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** The SDK client settings for this widget: own attributes first, then the page configuration. */
  clientSettings(): ClientSettings | undefined {
    const defaults = currentConfiguration();
    const apiBase = checkedApiBase(this.apiBase, `<${this.localName} api-base>`) ?? defaults.apiBase;
    if (!apiBase) return undefined;
    const cache = checkedCacheMode(this.cache, `<${this.localName} cache>`) ?? defaults.cache ?? 'indexeddb';
    return { apiBase, cache, ...(defaults.credentials ? { credentials: defaults.credentials } : {}) };
  }

  /** Dispatches one of our `lb-*` events (bubbling, composed) from this element. */
  protected emit<Detail>(event: LbEvent<Detail>): boolean {
    return this.dispatchEvent(event);
  }

  /** Fires `lb-error` for a failed load, with the message the widget shows; `stale` when older data stays. */
  protected announceError(error: unknown, stale: boolean): void {
    const message = inLocale(this.locale, () => errorMessage(error));
    this.emit(new LbErrorEvent({ error, message, stale }));
  }

  /** Renders inside this widget's language, so `msg()` calls in `render()` use it. */
  protected override update(changedProperties: PropertyValues): void {
    inLocale(this.locale, () => super.update(changedProperties));
  }
}
