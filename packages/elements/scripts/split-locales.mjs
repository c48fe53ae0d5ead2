// Splits the locale modules that `lit-localize build` writes (one per language, all copy in it) into one
// module per widget group, imported only when one of its widgets renders in that language: the meter's
// page gets the meter's English, not the finder's. Runs after `lit-localize build` (see `pnpm localize`);
// check-localize applies it too, so the committed files must match. Copy shared by every widget (errors,
// states, labels) stays in src/generated/locales/.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Message id prefixes per group; `src/generated/<group>/<locale>.ts` holds their translations, read by that
 * group's own `msg()` (`createMsg` in src/localization/msg.ts).
 */
export const GROUPS = {
  // The request dialog, <lb-my-requests> and <lb-approvals>: request-shared/request-msg.ts.
  requests: ['request-dialog.', 'requests.', 'my-requests.', 'approvals.'],
  meter: ['meter.'],
  finder: ['finder.'],
  path: ['path.'],
  team: ['team.'],
  insights: ['insights.'],
  // Why a pot does not pay: labels/funding-reasons.ts, loaded with the finder and the learning path.
  funding: ['funding.'],
  // What a course leads to (level, credential, skills): labels/course-outcomes.ts, with the finder and the path.
  outcomes: ['outcomes.'],
};

const ENTRY = /^'([^']+)': /;

function groupOf(id) {
  return Object.keys(GROUPS).find((group) => GROUPS[group].some((prefix) => id.startsWith(prefix)));
}

/** Splits every locale module in `generatedDir/locales/` in place, writing each group to `generatedDir/<group>/`. */
export function splitLocales(generatedDir) {
  const localesDir = join(generatedDir, 'locales');
  for (const name of readdirSync(localesDir)) {
    const lines = readFileSync(join(localesDir, name), 'utf8').split('\n');
    const start = lines.findIndex((line) => line.includes('export const templates = {'));
    const head = lines.slice(0, start + 1);
    const grouped = Object.fromEntries(Object.keys(GROUPS).map((group) => [group, []]));
    const kept = [];
    for (const line of lines.slice(start + 1)) {
      // lit-localize writes the first entry on the `templates` line's indentation.
      const id = ENTRY.exec(line.trimStart())?.[1];
      const group = id === undefined ? undefined : groupOf(id);
      if (group) grouped[group].push(line.trimStart());
      else kept.push(line);
    }
    writeFileSync(join(localesDir, name), [...head, ...kept].join('\n'));
    for (const [group, entries] of Object.entries(grouped)) {
      mkdirSync(join(generatedDir, group), { recursive: true });
      writeFileSync(join(generatedDir, group, name), [...head, ...entries, '    };', ''].join('\n'));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  splitLocales(fileURLToPath(new URL('../src/generated/', import.meta.url)));
}
