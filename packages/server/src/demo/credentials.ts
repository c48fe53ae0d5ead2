import type { Credential } from '@leerbudget/contract';

const recognised = (kind: Credential['kind'], issuer: string, register: Credential['register']): Credential => ({
  kind,
  issuer: { name: issuer },
  recognised: true,
  ...(register === undefined ? {} : { register }),
});
const unrecognised = (kind: Credential['kind'], issuer: string): Credential => ({
  kind,
  issuer: { name: issuer },
  recognised: false,
});

/**
 * What demo courses lead to, by course id. Kept beside the course list so the list stays readable; courses
 * not named here lead to no credential. Issuers that are not one of the demo providers say "(demo)".
 */
export const DEMO_CREDENTIALS: Readonly<Record<string, Credential>> = {
  'ict-python-basis': recognised('certificate', 'CodeAcademie Utrecht', 'crkbo'),
  'ict-python-data': recognised('certificate', 'CodeAcademie Utrecht', 'crkbo'),
  'ict-azure-fundamentals': unrecognised('certificate', 'Microsoft (demo)'),
  'ict-aws-architect': unrecognised('certificate', 'Amazon Web Services (demo)'),
  'ict-security-awareness': unrecognised('badge', 'Cloudwise Training'),
  'ict-ethical-hacking': recognised('certificate', 'Hogeschool Hanze Digitaal', 'nlqf'),
  'ict-scrum-master': unrecognised('certificate', 'Scrum.org (demo)'),
  'ict-sql-databases': recognised('certificate', 'Hogeschool Hanze Digitaal', 'nlqf'),
  'zorg-medicatieveiligheid': recognised('certificate', 'ZorgScholing Noord', 'crkbo'),
  'zorg-dementie': recognised('certificate', 'ZorgScholing Noord', 'crkbo'),
  'zorg-reanimatie-aed': unrecognised('certificate', 'Nederlandse Reanimatieraad (demo)'),
  'zorg-palliatief': recognised('certificate', 'ZorgScholing Noord', 'nrto'),
  'zorg-wondzorg': unrecognised('badge', 'Care Academy Rotterdam'),
  'zorg-mbo-verpleegkunde': recognised('diploma', 'ZorgScholing Noord', 'crebo'),
  'ev-veilig-werken': recognised('certificate', 'Mobiliteitsacademie Oost', 'crkbo'),
  'ev-hoogvolt-diagnose': recognised('certificate', 'Mobiliteitsacademie Oost', 'crkbo'),
  'auto-apk-keurmeester': recognised('diploma', 'RDW-examens (demo)', 'nlqf'),
  'inst-warmtepomp': recognised('certificate', 'InstallWijs Opleidingen', 'crkbo'),
  'inst-f-gassen': unrecognised('certificate', 'InstallWijs Opleidingen'),
  'inst-zonnepanelen': unrecognised('badge', 'InstallWijs Opleidingen'),
  'inst-nen3140': recognised('certificate', 'InstallWijs Opleidingen', 'nrto'),
  'tech-vca-basis': unrecognised('diploma', 'VCA-examens (demo)'),
  'taal-nt2-b1': recognised('certificate', 'Het Taalhuis Amsterdam', 'nrto'),
  'lead-eerste-leidinggevende': recognised('certificate', 'Het Leiderschapshuis', 'crkbo'),
  'lead-projectmanagement-prince2': unrecognised('certificate', 'PeopleCert (demo)'),
  'lead-strategic-leadership': recognised('certificate', 'Open Business School', 'nrto'),
  'fin-boekhouden-basis': recognised('certificate', 'Cijferwerk Opleidingen', 'crkbo'),
  'fin-praktijkdiploma-boekhouden': recognised('diploma', 'Associatie voor Praktijkexamens (demo)', 'nlqf'),
  'fin-salarisadministratie': recognised('diploma', 'Cijferwerk Opleidingen', 'nlqf'),
  'fin-mbo-financieel-administratief': recognised('diploma', 'Cijferwerk Opleidingen', 'crebo'),
};
