import { labelMessages as t } from './label-messages.js';

/**
 * Readable words for codes that come with the data, so no code ever reaches the screen. The contract
 * keeps codes (`stap-eligible`, `sector:otib`, `manager`); the words live here, in both languages.
 */

/** A badge for a funding tag: a short name and a plain explanation. */
export interface FundingTagBadge {
  label: string;
  explanation?: string;
}

const SECTOR = 'sector:';

/** The fund of a `sector:<fund>` tag in capitals (`sector:otib` → `OTIB`), or `undefined`. */
function sectorFund(tag: string): string | undefined {
  if (!tag.startsWith(SECTOR)) return undefined;
  const fund = tag.slice(SECTOR.length).replace(/[-_]+/g, ' ').trim();
  return fund ? fund.toUpperCase() : undefined;
}

/** A course's funding tag as a badge; tags this version does not know read "Andere regeling". */
export function fundingTagBadge(tag: string): FundingTagBadge {
  if (tag === 'stap-eligible') return { label: t.tagStap(), explanation: t.tagStapHint() };
  const fund = sectorFund(tag);
  if (fund) return { label: t.tagSector(fund), explanation: t.tagSectorHint() };
  return { label: t.tagOther() };
}

/** A funding tag inside a sentence ("Alleen voor cursussen met subsidie van de overheid."). */
export function fundingTagName(tag: string): string {
  if (tag === 'stap-eligible') return t.tagStapName();
  const fund = sectorFund(tag);
  return fund ? t.tagSectorName(fund) : t.tagOtherName();
}

const ROLES: Record<string, () => string> = {
  manager: t.roleManager,
  leidinggevende: t.roleManager,
  'team-lead': t.roleTeamLead,
  teamleider: t.roleTeamLead,
  hr: t.roleHr,
};

/**
 * Who approves, inside a sentence ("Vraag eerst toestemming aan je leidinggevende."). Known roles get
 * words in the widget's language; a name is shown as written; anything that looks like a code
 * (`cost-centre_owner`) reads "de persoon die dit goedkeurt".
 */
export function approverLabel(approver: string): string {
  const role = ROLES[approver.trim().toLowerCase()];
  if (role) return role();
  return /[-_:/]|^[a-z0-9]+$/.test(approver.trim()) ? t.roleOther() : approver.trim();
}
