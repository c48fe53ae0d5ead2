import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  checkedApiBase,
  checkedCacheMode,
  currentConfiguration,
  onConfigurationChange,
} from '../data/configuration.js';
import type { ResourceHost, ResourceState } from '../data/resource-controller.js';
import { ClampFocusController } from '../rendering/clamped-text.js';
import { clientKey, type ClientSettings } from '../data/shared-client.js';
import { onSignedInLocale, signedInLocale } from '../data/signed-in-locale.js';
import { releasePageAnnouncements, withPageAnnouncements } from '../states/page-announcements.js';
import { warnOnce } from './warn-once.js';
import { LbErrorEvent } from '../events/error-event.js';
import type { LbEvent } from '../events/lb-event.js';
import { resolveElementLocale, type Locale } from '../localization/locale.js';
import { inLocale } from '../localization/msg.js';
import { translationsPending } from '../localization/translations.js';
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
  onSignedInLocale(renderAll);
}

/** Heading levels a widget may start at; its inner headings go one deeper. */
const HEADING_LEVELS = [1, 2, 3, 4, 5, 6];

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
    headingLevel: { attribute: 'heading-level', type: Number },
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

  /**
   * The level of the widget's own heading (1–6, default 2), so it fits the page's outline; headings
   * inside the widget go one level deeper.
   */
  declare headingLevel?: number;

  constructor() {
    super();
    // Long texts from data are clamped (`clamped()`); the ones cut off take keyboard focus.
    new ClampFocusController(this);
  }

  /**
   * The language this widget renders in right now: its own `lang`, else `configure({ lang })`, else the
   * signed-in employee's language from `GET /v1/me`, else the page's `lang`, else Dutch.
   */
  get locale(): Locale {
    // Resolved once per render: render code reads it for every card, and resolving parses the API base.
    return this.#renderLocale ?? resolveElementLocale(this, currentConfiguration().lang, this.#employeeLocale());
  }

  /** The locale of the render in progress, if any. */
  #renderLocale: Locale | undefined;

  #employeeLocale(): Locale | undefined {
    const settings = this.clientSettings();
    if (!settings || settings.anonymous) return undefined;
    return signedInLocale(clientKey(settings));
  }

  /** The `aria-level` of the widget's own heading (`inner` = 1 for the headings inside it). */
  protected headingLevelOf(inner = 0): number {
    const level = this.headingLevel ?? 2;
    if (!HEADING_LEVELS.includes(level)) {
      warnOnce(`heading-level:${String(level)}`, `heading-level="${String(level)}" must be 1 to 6; using 2.`);
      return Math.min(6, 2 + inner);
    }
    return Math.min(6, level + inner);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    releasePageAnnouncements(this);
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

  /** Fires `lb-error` when a resource failed to load (a {@link ResourceController}'s `onState`); `stale` when its data stays. */
  protected announceLoadFailure(state: ResourceState<unknown>): void {
    if (state.status === 'error') this.announceError(state.error, state.data !== undefined);
  }

  /**
   * Waits for the translations of the widget's language before rendering, so an English widget never
   * shows Dutch first: they are imported on first use (the embed preloads them on an English page). The
   * language may change while they load, hence the check again after. Without a wait the render stays
   * synchronous, as in `LitElement`.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = translationsPending(this.locale);
    return pending ? pending.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Renders inside this widget's language, so `msg()` calls in `render()` use it, with one spoken
   * announcement per problem per page. When the render removes the control that had focus (a retry
   * button, "Wis alle filters"), focus moves on to the element named by the control's
   * `data-focus-next` selector, else to the widget's heading (`data-focus-home`): never to the page top.
   */
  protected override update(changedProperties: PropertyValues): void {
    const focused = this.shadowRoot?.activeElement ?? null;
    const next = focused?.closest('[data-focus-next]')?.getAttribute('data-focus-next') ?? undefined;
    const locale = this.locale;
    this.#renderLocale = locale;
    try {
      withPageAnnouncements(this, () => inLocale(locale, () => super.update(changedProperties)));
    } finally {
      this.#renderLocale = undefined;
    }
    if (focused && !focused.isConnected) this.#moveFocusOn(next);
  }

  #moveFocusOn(selector: string | undefined): void {
    const root = this.renderRoot as ShadowRoot;
    const target =
      (selector ? root.querySelector<HTMLElement>(selector) : null) ??
      root.querySelector<HTMLElement>('[data-focus-home]');
    target?.focus();
  }
}
