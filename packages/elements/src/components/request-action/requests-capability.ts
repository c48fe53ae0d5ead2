import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LbRequestSubmitEvent } from '../../events/request-submit-event.js';
import type { CourseRequest } from '@leerbudget/contract';
import { onConfigurationChange } from '../../data/configuration.js';
import { clientKey, sharedClient, type ClientSettings } from '../../data/shared-client.js';

interface RequestingHost extends ReactiveControllerHost, HTMLElement {
  clientSettings(): ClientSettings | undefined;
}

/**
 * Whether this widget offers "Aanvragen": only when the API announces `requests` (`GET /v1`) and the
 * widget is allowed to ask (`enabled`, e.g. not in a vendor's public finder). Also remembers the requests
 * sent from this widget, by course id, so the card can confirm them.
 */
export class RequestsCapability implements ReactiveController {
  /** The API takes requests. */
  available = false;
  /** The last request sent per course id, from this widget. */
  readonly submitted = new Map<string, CourseRequest>();
  readonly #host: RequestingHost;
  readonly #enabled: () => boolean;
  #key: string | undefined;
  #abort: AbortController | undefined;
  #stopListening: (() => void) | undefined;

  constructor(host: RequestingHost, enabled: () => boolean) {
    this.#host = host;
    this.#enabled = enabled;
    host.addController(this);
    host.addEventListener('lb-request-submit', (event: LbRequestSubmitEvent) => {
      const { request } = event.detail;
      this.submitted.set(request.courseId, request);
      host.requestUpdate();
    });
  }

  hostUpdate(): void {
    const settings = this.#enabled() ? this.#host.clientSettings() : undefined;
    const key = settings ? clientKey(settings) : '';
    if (key === this.#key) return;
    this.#key = key;
    this.#abort?.abort();
    this.available = false;
    this.submitted.clear();
    if (!settings) return;
    const abort = new AbortController();
    this.#abort = abort;
    // Without an answer there is simply no button: the rest of the widget works as before.
    sharedClient(settings)
      .discover({ signal: abort.signal })
      .then(
        (discovery) => {
          if (abort.signal.aborted) return;
          this.available = discovery.capabilities.includes('requests');
          this.#host.requestUpdate();
        },
        () => undefined,
      );
  }

  hostConnected(): void {
    // Another employee signs in: the confirmations were about the previous one.
    this.#stopListening = onConfigurationChange((change) => {
      if (!change.identityChanged) return;
      this.submitted.clear();
      // An open dialog shows the previous employee's pots and text.
      this.#host.shadowRoot?.querySelector('lb-request-dialog')?.close();
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#abort?.abort();
    this.#key = undefined;
  }
}
