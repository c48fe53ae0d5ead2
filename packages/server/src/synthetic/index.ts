// The synthetic-data generator on its own entry (`@leerbudget/server/synthetic`), so benchmarks and
// tests can make catalogues without loading the HTTP server, PGlite or pg.
export { generateCourses } from './generate-courses.js';
export { SeededRandom } from './random.js';
