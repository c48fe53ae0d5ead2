import { currentConfiguration, updateConfiguration, type LeerbudgetConfiguration } from './configuration.js';
import { setSharedTokenProvider } from './shared-client.js';

/**
 * Sets page-wide defaults for every Leerbudget widget: the API base, the token provider and the cache
 * mode. Call it again with a new `getToken` when the signed-in employee changes: every widget drops
 * the previous employee's numbers before it paints again, then loads the new ones.
 *
 * @example
 * ```ts
 * import { configure } from '@leerbudget/elements';
 * configure({
 *   apiBase: 'https://hr.example.nl/leerbudget',
 *   getToken: ({ refresh }) => sso.accessToken({ forceRefresh: refresh }),
 *   userId: sso.account.employeeId, // optional: last known data at once, also offline
 * });
 * ```
 */
export function configure(options: LeerbudgetConfiguration): void {
  const change = updateConfiguration(options);
  // Widgets have cleared what they show (synchronously, above); only now may clients serve the new user.
  if (!change.identityChanged) return;
  const { getToken, userId } = currentConfiguration();
  setSharedTokenProvider(getToken, userId);
}
