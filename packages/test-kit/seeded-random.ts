/**
 * Seeded randomness for test fixtures, as a plain function: the server's synthetic-data generator's
 * mulberry32 (`SeededRandom`), so the repository has one pseudo-random source.
 */
import { SeededRandom } from '@leerbudget/server/synthetic';

/** Deterministic pseudo-random numbers in [0, 1): the same seed always yields the same sequence. */
export function seededRandom(seed: number): () => number {
  const random = new SeededRandom(seed);
  return () => random.next();
}
