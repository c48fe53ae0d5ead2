import type { Provider } from '@leerbudget/contract';

/** The sectors the demo catalogue covers; tests check every one is present. */
export const DEMO_SECTORS = ['ict', 'zorg', 'techniek', 'taal', 'leiderschap', 'financien'] as const;
export type DemoSector = (typeof DEMO_SECTORS)[number];

/** A demo training provider: the contract's provider plus where its course pages live. */
export interface DemoProvider extends Provider {
  sector: DemoSector;
  /** Host of the provider's website, for course URLs. */
  domain: string;
}

/** Fictional but realistic Dutch training providers, keyed by a short name used in the course list. */
export const DEMO_PROVIDERS = {
  codeacademie: {
    id: 'prov-codeacademie',
    name: 'CodeAcademie Utrecht',
    certifications: ['nrto'],
    sector: 'ict',
    domain: 'codeacademie.example.nl',
  },
  cloudwise: {
    id: 'prov-cloudwise',
    name: 'Cloudwise Training',
    certifications: ['cedeo'],
    sector: 'ict',
    domain: 'cloudwise-training.example.com',
  },
  hanzedigitaal: {
    id: 'prov-hanze-digitaal',
    name: 'Hogeschool Hanze Digitaal',
    certifications: ['nvao'],
    sector: 'ict',
    domain: 'hanzedigitaal.example.nl',
  },
  zorgschool: {
    id: 'prov-zorgschool-noord',
    name: 'ZorgScholing Noord',
    certifications: ['nrto', 'cedeo'],
    sector: 'zorg',
    domain: 'zorgscholingnoord.example.nl',
  },
  careacademy: {
    id: 'prov-care-academy',
    name: 'Care Academy Rotterdam',
    certifications: ['nrto'],
    sector: 'zorg',
    domain: 'careacademy.example.nl',
  },
  mobiliteit: {
    id: 'prov-mobiliteitsacademie',
    name: 'Mobiliteitsacademie Oost',
    certifications: ['nrto', 'cedeo'],
    sector: 'techniek',
    domain: 'mobiliteitsacademie.example.nl',
  },
  installwijs: {
    id: 'prov-installwijs',
    name: 'InstallWijs Opleidingen',
    certifications: ['cedeo'],
    sector: 'techniek',
    domain: 'installwijs.example.nl',
  },
  garagepro: {
    id: 'prov-garagepro',
    name: 'GaragePro Trainingen',
    certifications: [],
    sector: 'techniek',
    domain: 'garagepro.example.com',
  },
  taalhuis: {
    id: 'prov-taalhuis',
    name: 'Het Taalhuis Amsterdam',
    certifications: ['nrto'],
    sector: 'taal',
    domain: 'taalhuis.example.nl',
  },
  linguaworks: {
    id: 'prov-linguaworks',
    name: 'LinguaWorks',
    certifications: ['nrto'],
    sector: 'taal',
    domain: 'linguaworks.example.com',
  },
  leiderschapshuis: {
    id: 'prov-leiderschapshuis',
    name: 'Het Leiderschapshuis',
    certifications: ['nrto', 'cedeo'],
    sector: 'leiderschap',
    domain: 'leiderschapshuis.example.nl',
  },
  nyenrodeopen: {
    id: 'prov-business-school-open',
    name: 'Open Business School',
    certifications: ['nvao'],
    sector: 'leiderschap',
    domain: 'openbusinessschool.example.nl',
  },
  finadvies: {
    id: 'prov-finadvies-academie',
    name: 'FinAdvies Academie',
    certifications: ['cedeo'],
    sector: 'financien',
    domain: 'finadviesacademie.example.nl',
  },
  cijferwerk: {
    id: 'prov-cijferwerk',
    name: 'Cijferwerk Opleidingen',
    certifications: ['nrto'],
    sector: 'financien',
    domain: 'cijferwerk.example.nl',
  },
} as const satisfies Record<string, DemoProvider>;

export type DemoProviderKey = keyof typeof DEMO_PROVIDERS;
