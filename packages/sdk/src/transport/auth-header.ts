import type { BeforeRequestHook } from 'ky';

/** What a single call passes to the hooks through ky's `context`. */
export type AuthContext = {
  /** Bearer token for this call; kept in memory only. */
  token?: string;
};

/**
 * Puts the bearer token on requests to the API origin and strips any `Authorization` header from
 * requests to every other origin, so a token can never leak through an absolute or redirected URL.
 */
export function authorizeOnlyApiOrigin(apiOrigin: string): BeforeRequestHook {
  return (request, options) => {
    const { token } = options.context as AuthContext;
    if (new URL(request.url).origin !== apiOrigin) {
      request.headers.delete('authorization');
      return;
    }
    if (token) request.headers.set('authorization', `Bearer ${token}`);
  };
}
