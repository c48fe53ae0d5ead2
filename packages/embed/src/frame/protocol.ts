/**
 * The versioned `postMessage` protocol between a Leerbudget frame page and the page that embeds it
 * (docs/guides/frame-protocol.md). Both sides wrap every message in an envelope, so messages of other
 * scripts on the page are told apart, and check `event.origin` and `event.source` before reading one.
 */
export const PROTOCOL = 'leerbudget-frame';
export const PROTOCOL_VERSION = 1;

/** What the frame tells its host. */
export type FrameMessage =
  /** The frame page runs and listens; the host may now send `lang` or `refresh`. */
  | { type: 'ready' }
  /** The content's height in CSS pixels: the host sizes the iframe to it, so it never scrolls inside. */
  | { type: 'height'; height: number }
  /** A widget event (`lb-course-select`, `lb-request-submit`, …) with its detail. */
  | { type: 'event'; name: string; detail: unknown }
  /** An error worth the host's console: a failed load, a CSP violation inside the frame. */
  | { type: 'error'; message: string }
  /** The frame needs the employee's token; the host answers with `token` and the same `id`. */
  | { type: 'token-request'; id: number };

/** What the host tells the frame. */
export type HostMessage =
  { type: 'token'; id: number; token: string | null } | { type: 'lang'; lang: string } | { type: 'refresh' };

interface Envelope<Message> {
  protocol: typeof PROTOCOL;
  version: typeof PROTOCOL_VERSION;
  message: Message;
}

export function envelope<Message extends FrameMessage | HostMessage>(message: Message): Envelope<Message> {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, message };
}

/** The message in `data` when it is one of ours, of this version, with a known type; else `undefined`. */
export function openEnvelope<Message extends FrameMessage | HostMessage>(
  data: unknown,
  types: readonly Message['type'][],
): Message | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { protocol, version, message } = data as Partial<Envelope<unknown>>;
  if (protocol !== PROTOCOL || version !== PROTOCOL_VERSION) return undefined;
  if (typeof message !== 'object' || message === null) return undefined;
  const { type } = message as { type?: unknown };
  return types.includes(type as Message['type']) ? (message as Message) : undefined;
}

export const FRAME_MESSAGE_TYPES: readonly FrameMessage['type'][] = [
  'ready',
  'height',
  'event',
  'error',
  'token-request',
];
export const HOST_MESSAGE_TYPES: readonly HostMessage['type'][] = ['token', 'lang', 'refresh'];

/** The widget events a frame passes on to its host (every public `lb-` event of the widgets). */
export const FORWARDED_EVENTS = [
  'lb-budget-load',
  'lb-course-select',
  'lb-step-select',
  'lb-error',
  'lb-issue',
  'lb-sign-in',
  'lb-request-submit',
  'lb-request-cancel',
  'lb-request-decision',
] as const;

/** `https://a.example, https://b.example` as exact origins; anything that is not an http(s) origin is left out. */
export function parseOrigins(list: string | null | undefined): string[] {
  return (list ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((entry) => {
      try {
        const url = new URL(entry);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry.replace(/\/$/, '')
          ? [url.origin]
          : [];
      } catch {
        return [];
      }
    });
}
