import type { LeerbudgetConfiguration } from '@leerbudget/elements';
import { WIDGET_TAGS } from './widget-tags.js';
import {
  envelope,
  FORWARDED_EVENTS,
  HOST_MESSAGE_TYPES,
  openEnvelope,
  parseOrigins,
  type FrameMessage,
  type HostMessage,
} from './protocol.js';

/** Where the frame's employee token comes from: the host page, Teams SSO, or nowhere (cookies, public data). */
export type FrameTokenSource = (askHost: () => Promise<string | null>) => (() => Promise<string | null>) | undefined;

/** Query parameters the frame page reads itself; every other one becomes an attribute of the widget. */
const OWN_PARAMETERS = new Set(['widget', 'api-base', 'lang', 'host-origin', 'cache', 'credentials', 'user-id']);
const TOKEN_WAIT_MS = 10_000;

/**
 * Runs a frame page: reads `?widget=budget-meter&api-base=…&lang=…&host-origin=…` (the token never
 * travels in the URL), configures the loader that `frame.html` loaded before this script, puts the
 * widget on the page, and talks to the host only when the host's origin is on the `host-origin` list.
 */
export function mountFramePage(tokenSource: FrameTokenSource = (askHost) => askHost): void {
  const parameters = new URL(location.href).searchParams;
  const hostOrigin = allowedHostOrigin(parseOrigins(parameters.get('host-origin')));
  const post = (message: FrameMessage) => {
    if (hostOrigin) window.parent.postMessage(envelope(message), hostOrigin);
  };

  const pendingTokens = new Map<number, (token: string | null) => void>();
  let nextTokenId = 1;
  const askHost = () =>
    new Promise<string | null>((resolve) => {
      if (!hostOrigin) return resolve(null);
      const id = nextTokenId++;
      const timer = setTimeout(() => settle(null), TOKEN_WAIT_MS);
      const settle = (token: string | null) => {
        clearTimeout(timer);
        pendingTokens.delete(id);
        resolve(token);
      };
      pendingTokens.set(id, settle);
      post({ type: 'token-request', id });
    });

  window.addEventListener('message', (event: MessageEvent) => {
    if (!hostOrigin || event.source !== window.parent || event.origin !== hostOrigin) return;
    const message = openEnvelope<HostMessage>(event.data, HOST_MESSAGE_TYPES);
    if (message?.type === 'token')
      pendingTokens.get(message.id)?.(typeof message.token === 'string' ? message.token : null);
    else if (message?.type === 'lang') window.Leerbudget?.configure?.({ lang: message.lang });
    else if (message?.type === 'refresh') window.Leerbudget?.refresh?.();
  });

  const credentials = parameters.get('credentials') === 'include' ? 'include' : undefined;
  const getToken = credentials ? undefined : tokenSource(askHost);
  const options: LeerbudgetConfiguration = {
    ...optional('apiBase', parameters.get('api-base')),
    ...optional('lang', parameters.get('lang')),
    ...optional('cache', parameters.get('cache') as LeerbudgetConfiguration['cache']),
    ...optional('userId', parameters.get('user-id')),
    ...(credentials ? { credentials } : {}),
    ...(getToken ? { getToken } : {}),
  };
  window.Leerbudget?.configure?.(options);
  const lang = parameters.get('lang');
  if (lang) document.documentElement.lang = lang;

  const tag = `lb-${parameters.get('widget') ?? ''}`;
  if (!WIDGET_TAGS.includes(tag)) {
    console.error(
      `Leerbudget frame: "widget=${parameters.get('widget') ?? ''}" is not a widget (${WIDGET_TAGS.join(', ')}).`,
    );
    post({ type: 'error', message: `unknown widget ${tag}` });
    return;
  }
  const widget = document.createElement(tag);
  for (const [name, value] of parameters) {
    // `on…` would be an inline event handler: the CSP blocks it, and it is never a widget attribute.
    if (!OWN_PARAMETERS.has(name) && /^[a-z][a-z0-9-]*$/.test(name) && !name.startsWith('on'))
      widget.setAttribute(name, value);
  }

  for (const name of FORWARDED_EVENTS) {
    document.addEventListener(name, (event) =>
      post({ type: 'event', name, detail: cloneable((event as CustomEvent).detail) }),
    );
  }
  document.addEventListener('securitypolicyviolation', (event) =>
    post({ type: 'error', message: `CSP: ${event.violatedDirective} ${event.blockedURI}` }),
  );

  let lastHeight = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) post({ type: 'height', height: (lastHeight = height) });
  }).observe(document.documentElement);

  // The host sizes the frame to the content: a body margin would add a scroll bar.
  document.body.style.margin = '0';
  document.body.append(widget);
  post({ type: 'ready' });
}

/**
 * The embedding page's origin when it is on the allow-list. `location.ancestorOrigins` names the real
 * parent where the browser has it; elsewhere the referrer does, and a one-entry list is trusted as is
 * (the browser delivers a message only to a parent of that exact origin).
 */
function allowedHostOrigin(allowed: string[]): string | undefined {
  if (window.parent === window || allowed.length === 0) return undefined;
  const parent = location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : undefined);
  if (parent) return allowed.includes(parent) ? parent : undefined;
  return allowed.length === 1 ? allowed[0] : undefined;
}

function optional<Key extends keyof LeerbudgetConfiguration>(key: Key, value: LeerbudgetConfiguration[Key] | null) {
  return value ? { [key]: value } : {};
}

/** Event details are plain data, but a host's listener may have added something `postMessage` can't copy. */
function cloneable(detail: unknown): unknown {
  try {
    return structuredClone(detail);
  } catch {
    return JSON.parse(JSON.stringify(detail ?? null)) as unknown;
  }
}
