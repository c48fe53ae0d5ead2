import { updateConfiguration } from './configuration.js';
import { setSharedTokenProvider, sharedClients } from './shared-client.js';

/**
 * Every widget on the page loads its data again, once per resource (widgets share the requests), and
 * a failed `GET /v1/me` is asked again. What widgets show stays until the new answers arrive.
 *
 * @example
 * ```ts
 * import { refresh } from '@leerbudget/elements';
 * sso.addEventListener('token-renewed', () => refresh());
 * ```
 */
export function refresh(): void {
  for (const client of sharedClients()) client.refresh();
}

/**
 * Sign-out: every widget drops what it shows at once, the token provider and user id are forgotten,
 * and the personal data of every client (memory and IndexedDB) is wiped; the public catalogue may stay.
 * Rejects when IndexedDB holds personal data it could not delete, so the host can tell the user.
 * Configure a new `getToken` for the next employee.
 *
 * @example
 * ```ts
 * import { clear } from '@leerbudget/elements';
 * signOutButton.addEventListener('click', async () => {
 *   await clear();
 *   location.assign('/logout');
 * });
 * ```
 */
export async function clear(): Promise<void> {
  // Widgets clear synchronously on this change, before any client could serve the next user.
  updateConfiguration({ getToken: undefined, userId: undefined });
  setSharedTokenProvider(undefined, undefined);
  const results = await Promise.allSettled(sharedClients().map((client) => client.clear()));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
