import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { ManifestUtil } from '@microsoft/app-manifest';
import { teamsAppPackage } from './app-package.js';
import { MANIFEST_VERSION, teamsManifest, type TeamsAppSettings } from './manifest.js';

// Microsoft's published schema, as the @microsoft/app-manifest package ships it (no network needed).
const schemaPath = createRequire(import.meta.url).resolve(
  `@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;

const settings: TeamsAppSettings = {
  appId: '6f1c3c9e-2b7a-4e47-9d2f-3a1b8c5d7e90',
  embedBase: 'https://cdn.example.nl/leerbudget',
  apiBase: 'https://hr.example.nl/leerbudget',
  entraClientId: '0b7d1f2e-4c3a-4b8e-9f6d-1e2c3b4a5d6f',
  entraResource: 'api://cdn.example.nl/0b7d1f2e-4c3a-4b8e-9f6d-1e2c3b4a5d6f',
  developerName: 'Voorbeeld BV',
  developerWebsite: 'https://www.example.nl',
  privacyUrl: 'https://www.example.nl/privacy',
  termsOfUseUrl: 'https://www.example.nl/voorwaarden',
  version: '1.0.0',
};

test('the manifest validates against Microsoft Teams schema ' + MANIFEST_VERSION, async () => {
  const errors = await ManifestUtil.validateManifestAgainstSchema(teamsManifest(settings) as never, schema as never);
  assert.deepEqual(errors, []);
});

test('the schema check catches a broken manifest', async () => {
  const broken = { ...teamsManifest(settings), id: 'not-a-guid', staticTabs: [{ entityId: 'x' }] };
  const errors = await ManifestUtil.validateManifestAgainstSchema(broken as never, schema as never);
  assert.ok(errors.length >= 2, errors.join('\n'));
});

test('each tab opens teams.html on the embed with its widget and the API, never a token', () => {
  const manifest = teamsManifest(settings) as { staticTabs: { contentUrl: string }[]; validDomains: string[] };
  const urls = manifest.staticTabs.map((tab) => new URL(tab.contentUrl));
  assert.deepEqual(
    urls.map((url) => [url.origin + url.pathname, url.searchParams.get('widget'), url.searchParams.get('api-base')]),
    [
      ['https://cdn.example.nl/leerbudget/teams.html', 'budget-meter', 'https://hr.example.nl/leerbudget'],
      ['https://cdn.example.nl/leerbudget/teams.html', 'course-finder', 'https://hr.example.nl/leerbudget'],
    ],
  );
  assert.ok(urls.every((url) => ![...url.searchParams.keys()].some((key) => /token/i.test(key))));
  assert.deepEqual(manifest.validDomains, ['cdn.example.nl', 'hr.example.nl']);
});

test('an http address is refused: Teams loads tabs over https only', () => {
  assert.throws(() => teamsManifest({ ...settings, embedBase: 'http://cdn.example.nl/' }), /https/);
});

test('the app package holds the manifest and icons of the sizes Teams asks for', () => {
  const files = unzipSync(teamsAppPackage(settings));
  assert.deepEqual(Object.keys(files).sort(), ['color.png', 'manifest.json', 'outline.png']);
  const color = PNG.sync.read(Buffer.from(files['color.png']!));
  const outline = PNG.sync.read(Buffer.from(files['outline.png']!));
  assert.deepEqual([color.width, color.height, outline.width, outline.height], [192, 192, 32, 32]);
  // The outline icon is white on transparent, as Teams requires.
  const pixels = new Set<string>();
  for (let i = 0; i < outline.data.length; i += 4) pixels.add(outline.data.subarray(i, i + 4).join(','));
  assert.deepEqual([...pixels].sort(), ['0,0,0,0', '255,255,255,255']);
});
