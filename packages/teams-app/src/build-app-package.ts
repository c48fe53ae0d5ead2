// `pnpm --filter @leerbudget/teams-app build`: writes dist/leerbudget-teams.zip. Settings come from
// LB_TEAMS_* environment variables (see README.md); without them it builds the example organisation's
// package, which validates but points at example.nl.
import { mkdirSync, writeFileSync } from 'node:fs';
import { teamsAppPackage } from './app-package.js';
import type { TeamsAppSettings } from './manifest.js';

const env = process.env;
const settings: TeamsAppSettings = {
  appId: env.LB_TEAMS_APP_ID ?? '6f1c3c9e-2b7a-4e47-9d2f-3a1b8c5d7e90',
  embedBase: env.LB_TEAMS_EMBED_BASE ?? 'https://cdn.example.nl/leerbudget/',
  apiBase: env.LB_TEAMS_API_BASE ?? 'https://hr.example.nl/leerbudget',
  entraClientId: env.LB_TEAMS_ENTRA_CLIENT_ID ?? '0b7d1f2e-4c3a-4b8e-9f6d-1e2c3b4a5d6f',
  entraResource: env.LB_TEAMS_ENTRA_RESOURCE ?? 'api://cdn.example.nl/0b7d1f2e-4c3a-4b8e-9f6d-1e2c3b4a5d6f',
  developerName: env.LB_TEAMS_DEVELOPER_NAME ?? 'Voorbeeld BV',
  developerWebsite: env.LB_TEAMS_DEVELOPER_WEBSITE ?? 'https://www.example.nl',
  privacyUrl: env.LB_TEAMS_PRIVACY_URL ?? 'https://www.example.nl/privacy',
  termsOfUseUrl: env.LB_TEAMS_TERMS_URL ?? 'https://www.example.nl/voorwaarden',
  version: env.LB_TEAMS_VERSION ?? '1.0.0',
};
mkdirSync('dist', { recursive: true });
writeFileSync('dist/leerbudget-teams.zip', teamsAppPackage(settings));
console.log('dist/leerbudget-teams.zip written');
