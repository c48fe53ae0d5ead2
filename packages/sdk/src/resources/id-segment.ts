import { ValidationError } from '../errors.js';

/**
 * An id as one URL path segment. `.` and `..` (also written `%2E`) are refused: URL parsing turns them
 * into a move up the path, so `learningPaths.get('..')` would ask another endpoint with the token.
 */
export function idSegment(resource: string, id: string): string {
  if (id === '' || /^(\.|%2e){1,2}$/i.test(id)) {
    throw new ValidationError(`${resource}: "${id}" is not a valid id`, [{ path: ['id'], message: 'not a valid id' }]);
  }
  return encodeURIComponent(id);
}
