/**
 * A pot's carry-over in SQL, the same rule as `carryOverOf` in `@leerbudget/funding`: after `expiresAt` what is
 * left moves on, up to `rules.carryOverMax`, until `rules.carryOverUntil`. Plain SQL that PGlite and PostgreSQL
 * both run. What carries over is not "expiring" on `expiresAt`: it is lost only after `carryOverUntil`.
 */

/** The carry-over rule of the pot whose JSON definition is `definition`: `carries`, `carry_max`, `carry_until`. */
export function carryOverColumns(definition: string): string {
  return `(COALESCE((${definition} ->> 'carryOver')::boolean, false) AND (${definition} ->> 'expiresAt') IS NOT NULL) AS carries,
          (${definition} -> 'rules' ->> 'carryOverMax')::numeric AS carry_max,
          (${definition} -> 'rules' ->> 'carryOverUntil')::date AS carry_until`;
}

/** What of `left` (in the pot's unit) carries over, from the columns of {@link carryOverColumns}; 0 when nothing does. */
export function carriedAmount(left: string): string {
  return `CASE WHEN carries THEN LEAST(GREATEST(${left}, 0), COALESCE(carry_max, GREATEST(${left}, 0))) ELSE 0 END`;
}
