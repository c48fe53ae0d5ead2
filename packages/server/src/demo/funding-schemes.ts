import type { FundingScheme } from '@leerbudget/contract';

/**
 * Demo funding schemes modelled on Dutch sector funds and a government scheme. Fictional: the funders say
 * "(demo)" and the links go to `.example` sites. Open from the first day of this year to the last of next.
 */
export function demoFundingSchemes(today: Date): FundingScheme[] {
  const year = today.getUTCFullYear();
  const open = { currency: 'EUR', validFrom: `${year}-01-01`, validUntil: `${year + 1}-12-31` } as const;
  return [
    {
      id: 'otib-scholing',
      name: 'OTIB-fonds',
      kind: 'sector-fund',
      funder: { name: 'OTIB (demo)' },
      url: 'https://otib.example/scholing',
      ...open,
      coveragePercent: 50,
      maxPerCourse: 40_000,
      eligibleFundingTags: ['sector:otib'],
      requiresRecognisedCredential: false,
    },
    {
      id: 'opleidingsfonds-zorg',
      name: 'Opleidingsfonds Zorg',
      kind: 'sector-fund',
      funder: { name: 'Stichting Opleidingsfonds Zorg (demo)' },
      url: 'https://opleidingsfonds-zorg.example/subsidie',
      ...open,
      coveragePercent: 75,
      maxPerCourse: 50_000,
      eligibleFundingTags: ['sector:sfz'],
      requiresRecognisedCredential: true,
    },
    {
      id: 'ontwikkelbudget-rijk',
      name: 'Ontwikkelbudget Rijk',
      kind: 'government',
      funder: { name: 'Rijksoverheid (demo)' },
      url: 'https://ontwikkelbudget.example/aanvragen',
      ...open,
      coveragePercent: 100,
      maxPerCourse: 100_000,
      eligibleFundingTags: ['stap-eligible'],
      requiresRecognisedCredential: true,
    },
  ];
}
