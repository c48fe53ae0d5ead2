/**
 * The Teams app manifest (schema 1.24) for one organisation's Leerbudget: a personal tab that shows the
 * budget, the finder and the requests on the embed's `teams.html`, signed in with Teams single sign-on.
 */
export const MANIFEST_VERSION = '1.24';

export interface TeamsAppSettings {
  /** A GUID of your own for this app (the same in every release). */
  appId: string;
  /** Where the embed's files are hosted, e.g. `https://cdn.example.nl/leerbudget/` (https). */
  embedBase: string;
  /** The Leerbudget API, e.g. `https://hr.example.nl/leerbudget` (https). */
  apiBase: string;
  /** The Entra ID app registration that the API accepts tokens for (its client id and Application ID URI). */
  entraClientId: string;
  entraResource: string;
  /** Shown in the Teams store of your organisation. */
  developerName: string;
  developerWebsite: string;
  privacyUrl: string;
  termsOfUseUrl: string;
  version: string;
}

const TABS = [
  { entityId: 'budget', name: 'Mijn budget', widget: 'budget-meter', attributes: { variant: 'full' } },
  { entityId: 'courses', name: 'Cursussen', widget: 'course-finder', attributes: {} },
] as const;

function httpsUrl(value: string, setting: string): URL {
  const url = new URL(value);
  if (url.protocol !== 'https:')
    throw new Error(`${setting} must be an https address (Teams loads only https), not ${value}`);
  return url;
}

export function teamsManifest(settings: TeamsAppSettings): Record<string, unknown> {
  const embed = httpsUrl(settings.embedBase.endsWith('/') ? settings.embedBase : `${settings.embedBase}/`, 'embedBase');
  const api = httpsUrl(settings.apiBase, 'apiBase');
  const tabUrl = (widget: string, attributes: Record<string, string>) => {
    const url = new URL('teams.html', embed);
    url.searchParams.set('widget', widget);
    url.searchParams.set('api-base', api.href);
    for (const [name, value] of Object.entries(attributes)) url.searchParams.set(name, value);
    return url.href;
  };
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: settings.version,
    id: settings.appId,
    developer: {
      name: settings.developerName,
      websiteUrl: httpsUrl(settings.developerWebsite, 'developerWebsite').href,
      privacyUrl: httpsUrl(settings.privacyUrl, 'privacyUrl').href,
      termsOfUseUrl: httpsUrl(settings.termsOfUseUrl, 'termsOfUseUrl').href,
    },
    name: { short: 'Leerbudget', full: 'Leerbudget: je budget en cursussen' },
    description: {
      short: 'Zie je leerbudget en vraag een cursus aan.',
      full: 'Zie hoeveel leerbudget je hebt en tot wanneer. Zoek een cursus die je budget betaalt en vraag hem aan.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#1F5FAD',
    localizationInfo: { defaultLanguageTag: 'nl-nl' },
    staticTabs: TABS.map(({ entityId, name, widget, attributes }) => ({
      entityId,
      name,
      contentUrl: tabUrl(widget, attributes),
      scopes: ['personal'],
    })),
    permissions: ['identity'],
    validDomains: [...new Set([embed.host, api.host])],
    webApplicationInfo: { id: settings.entraClientId, resource: settings.entraResource },
  };
}
