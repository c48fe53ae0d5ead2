import type { FundingScheme } from '@leerbudget/contract';
import { bestSchemePlan, type CatalogueHit, type SchemePlan } from '@leerbudget/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientKey, sharedClient, type ClientSettings } from '../../data/shared-client.js';
import { formatMoney } from '../../formatting/intl-format.js';
import type { Locale } from '../../localization/locale.js';
import { finderMessages as t } from './course-finder.messages.js';

interface SchemeHost extends ReactiveControllerHost {
  clientSettings(): ClientSettings | undefined;
}

/**
 * The public funding schemes, for a vendor's finder: asked once per client when `enabled` (vendor mode) and
 * the API announces `fundingSchemes`. Without them, or when asking fails, the cards simply show no scheme line.
 */
export class VendorSchemes implements ReactiveController {
  schemes: readonly FundingScheme[] = [];
  /** The best plan per course and run, for `schemes`: a card is rendered again on every keystroke. */
  readonly #plans = new Map<string, SchemePlan | undefined>();
  readonly #host: SchemeHost;
  readonly #enabled: () => boolean;
  #key: string | undefined;
  #abort: AbortController | undefined;

  constructor(host: SchemeHost, enabled: () => boolean) {
    this.#host = host;
    this.#enabled = enabled;
    host.addController(this);
  }

  hostUpdate(): void {
    const settings = this.#enabled() ? this.#host.clientSettings() : undefined;
    const key = settings ? clientKey(settings) : '';
    if (key === this.#key) return;
    this.#key = key;
    this.#abort?.abort();
    this.#setSchemes([]);
    if (!settings) return;
    const abort = new AbortController();
    this.#abort = abort;
    const client = sharedClient(settings);
    const signal = abort.signal;
    client
      .discover({ signal })
      .then((discovery) =>
        discovery.capabilities.includes('fundingSchemes') ? client.fundingSchemes.list({ signal }) : [],
      )
      .then(
        (schemes) => {
          if (signal.aborted) return;
          this.#setSchemes(schemes);
          this.#host.requestUpdate();
        },
        () => undefined,
      );
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#key = undefined;
  }

  /** "Met het OTIB-fonds betaal je € 400." for the scheme that leaves the least to pay, planned in the browser. */
  priceText(hit: CatalogueHit, locale: Locale): string | undefined {
    if (this.schemes.length === 0) return undefined;
    const key = `${hit.course.id}\u0000${hit.nextOffering?.id ?? ''}`;
    if (!this.#plans.has(key)) this.#plans.set(key, bestSchemePlan(hit.course, hit.nextOffering, this.schemes));
    const best = this.#plans.get(key);
    if (!best) return undefined;
    return t.schemePrice(best.scheme.name, formatMoney(best.plan.ownContribution, best.plan.price.currency, locale));
  }

  #setSchemes(schemes: readonly FundingScheme[]): void {
    this.schemes = schemes;
    this.#plans.clear();
  }
}
