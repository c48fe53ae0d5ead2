import type { Skill } from '@leerbudget/contract';

const ESCO_SKILL = 'http://data.europa.eu/esco/skill/';

/**
 * Demo skills with their ESCO concepts. Only concepts whose URI was checked against ESCO data are here; the label
 * is our own Dutch wording, the URI says which ESCO concept it means. ESCO's URIs are `http:` by design.
 */
export const ESCO_SKILLS = {
  /** ESCO "Python (computer programming)". */
  python: { label: 'Python programmeren', escoUri: `${ESCO_SKILL}ccd0a1d9-afda-43d9-b901-96344886e14d` },
  /** ESCO "SQL". */
  sql: { label: 'SQL', escoUri: `${ESCO_SKILL}598de5b0-5b58-4ea7-8058-a4bc4d18c742` },
  /** ESCO "use spreadsheets software". */
  spreadsheets: { label: 'Spreadsheets gebruiken', escoUri: `${ESCO_SKILL}1973c966-f236-40c9-b2d4-5d71a89019be` },
} as const satisfies Record<string, Skill>;
