import { createClient, type LeerbudgetClient, type TokenProvider } from '@leerbudget/sdk';
import { currentConfiguration, type CacheMode } from './configuration.js';

/** Which client a widget uses: one per API base and cache mode on the page. */
export interface ClientSettings {
  apiBase: string;
  cache: CacheMode;
}

const clients = new Map<string, LeerbudgetClient>();

/** The key that tells two configurations apart; equal keys share one client. */
export function clientKey(settings: ClientSettings): string {
  return `${settings.cache} ${settings.apiBase}`;
}

/**
 * The one SDK client for these settings, created on first use with the page's current token provider.
 * Sharing it means three widgets on a page make one request per resource and share one cache.
 */
export function sharedClient(settings: ClientSettings): LeerbudgetClient {
  const key = clientKey(settings);
  let client = clients.get(key);
  if (!client) {
    const getToken = currentConfiguration().getToken;
    client = createClient({ baseUrl: settings.apiBase, cache: settings.cache, ...(getToken ? { getToken } : {}) });
    clients.set(key, client);
  }
  return client;
}

/** Gives every shared client the new token provider (a user switch or an SSO change). */
export function setSharedTokenProvider(getToken: TokenProvider | undefined): void {
  for (const client of clients.values()) client.setTokenProvider(getToken);
}
