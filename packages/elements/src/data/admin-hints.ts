import { isHttpError, isValidationError } from '@leerbudget/sdk';
import { warnOnce } from '../base/warn-once.js';
import { currentConfiguration } from './configuration.js';
import type { ClientSettings } from './shared-client.js';
import { sharedClients } from './shared-client.js';

let watching = false;

/** A `securitypolicyviolation` for `connect-src` naming one of our APIs: the host's CSP blocks it. */
function onViolation(event: SecurityPolicyViolationEvent): void {
  if (!event.effectiveDirective.startsWith('connect-src')) return;
  let blocked: string;
  try {
    blocked = new URL(event.blockedURI).origin;
  } catch {
    return;
  }
  if (!sharedClients().some((client) => new URL(client.baseUrl).origin === blocked)) return;
  warnOnce(
    `csp:${blocked}`,
    `The page's Content-Security-Policy blocks the API ${blocked}: add it to connect-src, or the widgets cannot load anything.`,
  );
}

/**
 * One console line (English, no token) for the admin when a widget cannot work because of how the page
 * is set up; the employee still sees the plain-language state. Started by the first widget that loads.
 */
export function watchForAdminHints(): void {
  if (watching) return;
  watching = true;
  document.addEventListener('securitypolicyviolation', onViolation);
}

/** Explains a failure whose cause is the page's configuration rather than the network or the data. */
export function hintAboutFailure(tagName: string, settings: ClientSettings | undefined, error: unknown): void {
  if (isValidationError(error)) {
    // The employee reads "meld dit bij HR"; the field that is wrong is for whoever fixes the data.
    warnOnce(
      `invalid:${tagName}:${error.field}`,
      `<${tagName}> received data that does not match the contract (field "${error.field || '(the whole answer)'}"); the widget shows an error until the API sends valid data.`,
    );
    return;
  }
  if (!settings || settings.anonymous || !isHttpError(error) || error.status !== 401) return;
  if (!currentConfiguration().getToken) {
    warnOnce(
      `no-token:${tagName}`,
      `<${tagName}> shows personal data, but no getToken is configured: call Leerbudget.configure({ getToken }) (or configure() from @leerbudget/elements) with a function that returns the employee's access token.`,
    );
    return;
  }
  warnOnce(
    `401:${settings.apiBase}`,
    `${settings.apiBase} answered 401 to the token from getToken(), also after getToken({ refresh: true }): check that it returns a valid access token for this API (or null when nobody is signed in).`,
  );
}
