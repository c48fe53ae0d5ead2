import { zipSync } from 'fflate';
import { appIcons } from './icons.js';
import { teamsManifest, type TeamsAppSettings } from './manifest.js';

/** The zip an admin uploads in the Teams admin centre: manifest.json and the two icons at its root. */
export function teamsAppPackage(settings: TeamsAppSettings): Uint8Array {
  const { color, outline } = appIcons();
  const manifest = new TextEncoder().encode(`${JSON.stringify(teamsManifest(settings), null, 2)}\n`);
  return zipSync({ 'manifest.json': manifest, 'color.png': color, 'outline.png': outline });
}
