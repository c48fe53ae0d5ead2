/** Catalogue data is public: shared caches and CDNs may keep it briefly and revalidate by ETag. */
export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=600';

/** Personal data must never be stored by a browser or shared cache (think of a shared PC). */
export const PRIVATE_CACHE = 'private, no-store';
