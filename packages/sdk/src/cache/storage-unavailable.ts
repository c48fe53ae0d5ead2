/**
 * The storage does not exist here at all (no IndexedDB in this browser or runtime). Unlike a failure,
 * it holds no data, so there is nothing a removal could have left behind.
 */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

export function isStorageUnavailable(error: unknown): boolean {
  return error instanceof StorageUnavailableError;
}
