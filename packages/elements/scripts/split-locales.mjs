// Moves the translations of the widgets that load on demand (the request dialog, <lb-my-requests> and
// <lb-approvals>) out of the locale module that every widget imports, into src/generated/requests/, so a
// page with only the meter or the finder does not download them. Runs after `lit-localize build` (see
// `pnpm localize`); check-localize applies it too, so the committed files must match.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Message id prefixes of the on-demand widgets. Their `msg()` comes from `request-shared/request-msg.ts`. */
export const ON_DEMAND_PREFIXES = ['request-dialog.', 'requests.', 'my-requests.', 'approvals.'];

const ENTRY = /^'([^']+)': /;

/** Splits every locale module in `generatedDir/locales/` in place, writing the on-demand part to `generatedDir/requests/`. */
export function splitLocales(generatedDir) {
  const localesDir = join(generatedDir, 'locales');
  const requestsDir = join(generatedDir, 'requests');
  mkdirSync(requestsDir, { recursive: true });
  for (const name of readdirSync(localesDir)) {
    const lines = readFileSync(join(localesDir, name), 'utf8').split('\n');
    const start = lines.findIndex((line) => line.includes('export const templates = {'));
    const head = lines.slice(0, start + 1);
    const onDemand = [];
    const kept = [];
    for (const line of lines.slice(start + 1)) {
      // lit-localize writes the first entry on the `templates` line's indentation.
      const id = ENTRY.exec(line.trimStart())?.[1];
      const isOnDemand = id !== undefined && ON_DEMAND_PREFIXES.some((prefix) => id.startsWith(prefix));
      (isOnDemand ? onDemand : kept).push(isOnDemand ? line.trimStart() : line);
    }
    writeFileSync(join(localesDir, name), [...head, ...kept].join('\n'));
    writeFileSync(join(requestsDir, name), [...head, ...onDemand, '    };', ''].join('\n'));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  splitLocales(fileURLToPath(new URL('../src/generated/', import.meta.url)));
}
