import { warnOnce } from './warn-once.js';
import { VERSION } from './version.js';

/** A custom element class that says which Leerbudget version it belongs to. */
export interface VersionedElementConstructor extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers `tagName` unless it is registered already. The first registration wins: a second copy of the
 * same version is a silent no-op, another version gets one console warning naming both versions. It never
 * throws, so loading the embed twice (or the npm package beside the embed) cannot break a host page.
 *
 * @returns `true` when this call registered the element.
 */
export function defineElement(tagName: string, constructor: VersionedElementConstructor): boolean {
  const ownVersion = constructor.version ?? VERSION;
  const existing = customElements.get(tagName) as VersionedElementConstructor | undefined;
  if (existing) {
    warnAboutOtherVersion(`<${tagName}>`, existing.version, ownVersion);
    return false;
  }
  try {
    customElements.define(tagName, constructor);
    return true;
  } catch (error) {
    // Another copy can win a race between get() and define(); report it, never throw.
    warnOnce(`define:${tagName}:${ownVersion}`, `<${tagName}> could not be registered (${String(error)}).`);
    return false;
  }
}

/**
 * One warning per pair of versions, however many tags clash (the embed's global API uses the same key),
 * so a page with two bundles gets one clear line.
 */
export function warnAboutOtherVersion(subject: string, existingVersion: string | undefined, ownVersion: string): void {
  if (existingVersion === ownVersion) return;
  warnOnce(
    `version-conflict:${existingVersion}:${ownVersion}`,
    `Leerbudget ${existingVersion ?? '(unknown version)'} is already on this page (${subject}); ` +
      `version ${ownVersion} stays idle and the first one is used. Load one Leerbudget bundle per page.`,
  );
}
