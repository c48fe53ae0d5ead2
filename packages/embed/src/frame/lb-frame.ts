import { envelope, FRAME_MESSAGE_TYPES, openEnvelope, type FrameMessage, type HostMessage } from './protocol.js';

/** `window.LeerbudgetFrame`: how the host page hands its frames the employee's token. */
export interface LeerbudgetFrameGlobal {
  configure(options: { getToken?: TokenGetter }): void;
}

/** Supplies the employee's bearer token (kept in memory, never put in the frame's URL). */
export type TokenGetter = () => string | null | undefined | Promise<string | null | undefined>;

declare global {
  interface Window {
    LeerbudgetFrame?: LeerbudgetFrameGlobal;
  }
}

/** Attributes of `<lb-frame>` itself; every other one is passed to the widget in the frame. */
const OWN_ATTRIBUTES = new Set(['widget', 'src', 'title', 'lang', 'id', 'class', 'style', 'hidden', 'slot']);

let getToken: TokenGetter | undefined;
const defaultFrameUrl = frameUrlNextTo(document.currentScript);

/**
 * `<lb-frame widget="budget-meter" api-base="…">`: shows a widget in an iframe on the embed's own
 * origin, for hosts where the widgets' script can't run in the page itself. It sizes the frame to its
 * content, answers the frame's token requests from `LeerbudgetFrame.configure({ getToken })`, passes
 * `lang` changes on, and dispatches the widget's events on itself. It talks only to its own iframe, at
 * the origin of its `src`.
 */
export class LbFrame extends HTMLElement {
  static observedAttributes = ['lang'];
  #iframe: HTMLIFrameElement | undefined;
  #frameOrigin = '';
  #ready = false;

  connectedCallback(): void {
    if (this.#iframe) return;
    const url = new URL(this.getAttribute('src') ?? defaultFrameUrl, document.baseURI);
    url.searchParams.set('widget', this.getAttribute('widget') ?? '');
    url.searchParams.set('host-origin', location.origin);
    const lang = this.closest('[lang]')?.getAttribute('lang');
    if (lang) url.searchParams.set('lang', lang);
    for (const { name, value } of this.attributes) {
      if (!OWN_ATTRIBUTES.has(name) && !name.startsWith('on')) url.searchParams.set(name, value);
    }
    this.#frameOrigin = url.origin;
    const iframe = document.createElement('iframe');
    iframe.title = this.getAttribute('title') ?? 'Leerbudget';
    iframe.src = url.href;
    iframe.style.border = '0';
    iframe.style.inlineSize = '100%';
    iframe.style.display = 'block';
    iframe.style.colorScheme = 'normal';
    window.addEventListener('message', this.#onMessage);
    this.#iframe = iframe;
    this.append(iframe);
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage);
    this.#iframe?.remove();
    this.#iframe = undefined;
    this.#ready = false;
  }

  attributeChangedCallback(): void {
    const lang = this.getAttribute('lang');
    if (this.#ready && lang) this.#send({ type: 'lang', lang });
  }

  /** The widget loads its data again. */
  refresh(): void {
    this.#send({ type: 'refresh' });
  }

  #send(message: HostMessage): void {
    this.#iframe?.contentWindow?.postMessage(envelope(message), this.#frameOrigin);
  }

  #onMessage = (event: MessageEvent): void => {
    if (!this.#iframe || event.source !== this.#iframe.contentWindow || event.origin !== this.#frameOrigin) return;
    const message = openEnvelope<FrameMessage>(event.data, FRAME_MESSAGE_TYPES);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.#ready = true;
        break;
      case 'height':
        if (Number.isFinite(message.height) && message.height >= 0)
          this.#iframe.style.blockSize = `${message.height}px`;
        break;
      case 'event':
        if (/^lb-[a-z-]+$/.test(message.name)) {
          this.dispatchEvent(new CustomEvent(message.name, { detail: message.detail, bubbles: true, composed: true }));
        }
        break;
      case 'error':
        console.warn(`Leerbudget frame (${this.getAttribute('widget') ?? ''}): ${String(message.message)}`);
        break;
      case 'token-request':
        void this.#answerToken(message.id);
        break;
    }
  };

  async #answerToken(id: number): Promise<void> {
    let token: string | null = null;
    try {
      token = (await getToken?.()) ?? null;
    } catch (error) {
      console.error('LeerbudgetFrame getToken():', error);
    }
    this.#send({ type: 'token', id, token });
  }
}

/** `frame.html` next to this script, as the embed's build ships them. */
function frameUrlNextTo(script: Element | null): string {
  return script instanceof HTMLScriptElement && script.src ? new URL('frame.html', script.src).href : 'frame.html';
}

export function installFrameHelper(): void {
  window.LeerbudgetFrame ??= {
    configure(options) {
      if ('getToken' in options) getToken = options.getToken;
    },
  };
  if (!customElements.get('lb-frame')) customElements.define('lb-frame', LbFrame);
}
