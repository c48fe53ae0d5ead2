import { CONTRACT_VERSION } from '@leerbudget/contract';

/**
 * Cache keys: scoped by contract version (entries of an older contract are never read) and API base,
 * and for personal data by user id. Never by token.
 */
export interface CacheKeys {
  /** Prefix of every key this client writes. */
  readonly all: string;
  /** Prefix of every user's personal entries. */
  readonly personalPrefix: string;
  /** Holds the id of the last user whose data was cached. */
  readonly currentUser: string;
  personal(userId: string, resource: string): string;
  publicResource(resource: string): string;
}

export function cacheKeys(apiBase: string, version: string = CONTRACT_VERSION): CacheKeys {
  const all = `lb:${version}:${apiBase}:`;
  const personalPrefix = `${all}user:`;
  return {
    all,
    personalPrefix,
    currentUser: `${all}current-user`,
    personal: (userId, resource) => `${personalPrefix}${encodeURIComponent(userId)}:${resource}`,
    publicResource: (resource) => `${all}public:${resource}`,
  };
}
