import { createClient, type LeerbudgetClient, type TokenProvider } from '@leerbudget/sdk';
import { currentConfiguration, type CacheMode } from './configuration.js';
import { passIssuesToPage } from './page-issues.js';

/** Which client a widget uses: one per API base, cache mode and anonymity on the page. */
export interface ClientSettings {
  apiBase: string;
  cache: CacheMode;
  /** `include` when the intranet signs employees in with cookies (see `configure({ credentials })`). */
  credentials?: 'include';
  /**
   * A client that never has a token provider, for public views such as a vendor's course finder: even on
   * an intranet page with a signed-in employee it sends no `Authorization` header and reads nothing personal.
   */
  anonymous?: boolean;
}

const clients = new Map<string, LeerbudgetClient>();

/** The key that tells two configurations apart; equal keys share one client. */
export function clientKey(settings: ClientSettings): string {
  return `${settings.anonymous ? 'anonymous ' : ''}${settings.credentials === 'include' ? 'cookies ' : ''}${settings.cache} ${settings.apiBase}`;
}

/**
 * The one SDK client for these settings, created on first use with the page's current token provider.
 * Sharing it means three widgets on a page make one request per resource and share one cache.
 */
export function sharedClient(settings: ClientSettings): LeerbudgetClient {
  const key = clientKey(settings);
  let client = clients.get(key);
  if (!client) {
    const { getToken, userId } = settings.anonymous ? {} : currentConfiguration();
    const credentials = settings.anonymous ? undefined : settings.credentials;
    client = createClient({
      baseUrl: settings.apiBase,
      cache: settings.cache,
      ...(getToken ? { getToken } : {}),
      ...(userId ? { userId } : {}),
      ...(credentials ? { credentials } : {}),
    });
    passIssuesToPage(client);
    clients.set(key, client);
  }
  return client;
}

/** Gives every shared client the new token provider and user id (a user switch or an SSO change). */
export function setSharedTokenProvider(getToken: TokenProvider | undefined, userId: string | undefined): void {
  for (const [key, client] of clients) if (!key.startsWith('anonymous ')) client.setTokenProvider(getToken, userId);
}

/** Every client widgets on this page have used so far. */
export function sharedClients(): LeerbudgetClient[] {
  return [...clients.values()];
}
