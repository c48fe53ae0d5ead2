/**
 * Wraps an async loader (typically a dynamic `import()`) so it runs once and every caller shares the
 * result. A failed load, such as a chunk that did not download, is tried again on the next call
 * instead of failing forever.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
