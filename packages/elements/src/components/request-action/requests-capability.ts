import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LbRequestSubmitEvent } from '../../events/request-submit-event.js';
import type { CourseRequest } from '@leerbudget/contract';
import { onConfigurationChange } from '../../data/configuration.js';
import { clientKey, sharedClient, type ClientSettings } from '../../data/shared-client.js';

interface RequestingHost extends ReactiveControllerHost, HTMLElement {
  clientSettings(): ClientSettings | undefined;
}

/**
 * Whether this widget offers "Aanvragen": only when the API announces `requests` (`GET /v1`); and, from the
 * same answer, whether it offers "Markeer als gedaan" (`stepCompletion`). It asks once
 * `enabled` says so (fresh personal data; never in a vendor's public finder). Also remembers the requests
 * sent from this widget, by course id, so the card can confirm them.
 */
export class RequestsCapability implements ReactiveController {
  /** The API takes requests. */
  available = false;
  /** The API lets the employee mark their own steps done (`stepCompletion`), asked in the same call. */
  completesSteps = false;
  /** The API is being asked whether it takes requests. */
  pending = false;
  /** The last request sent per course id, from this widget. */
  readonly submitted = new Map<string, CourseRequest>();
  readonly #host: RequestingHost;
  readonly #enabled: () => boolean;
  #key: string | undefined;
  #abort: AbortController | undefined;
  #asked = false;
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
    const settings = this.#host.clientSettings();
    const key = settings ? clientKey(settings) : '';
    if (key !== this.#key) {
      this.#key = key;
      this.#abort?.abort();
      this.#abort = undefined;
      this.#asked = false;
      this.pending = false;
      this.available = false;
      this.completesSteps = false;
      this.submitted.clear();
    }
    // Asked once per client, and only once `enabled` (the employee's data came fresh from the API): never
    // while offline, signed out or failing, so an outage causes no extra calls.
    if (!settings || this.#asked || !this.#enabled()) return;
    this.#asked = true;
    this.pending = true;
    const abort = new AbortController();
    this.#abort = abort;
    // Without an answer there is simply no button: the rest of the widget works as before.
    sharedClient(settings)
      .discover({ signal: abort.signal })
      .then(
        (discovery) => {
          if (abort.signal.aborted) return;
          this.available = discovery.capabilities.includes('requests');
          this.completesSteps = discovery.capabilities.includes('stepCompletion');
        },
        () => undefined,
      )
      .finally(() => {
        if (abort.signal.aborted) return;
        this.pending = false;
        this.#host.requestUpdate();
      });
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
    this.#asked = false;
  }
}
