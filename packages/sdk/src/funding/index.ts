/**
 * Funding plans: how a course's price and hours split over an employee's budget pots, what a whole learning
 * route costs after them, and which pots expire soon. The planner lives in `@leerbudget/funding`, which the
 * reference server runs too, so the browser's estimate and the server's answer come from the same code.
 * @module
 */
export * from '@leerbudget/funding';
