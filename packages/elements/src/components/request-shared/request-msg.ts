import { templates as englishTemplates } from '../../generated/requests/en.js';
import { createMsg } from '../../localization/msg.js';

/**
 * `msg()` for the request widgets (dialog, `<lb-my-requests>`, `<lb-approvals>`). Their English copy is in
 * `xliff/en.xlf` like all copy, but `pnpm localize` builds it into a locale module of its own (see
 * `scripts/split-locales.mjs`), loaded with these widgets only, so the meter's bytes stay as they were.
 * Their message ids start with one of the prefixes listed there.
 */
export const msg = createMsg({ nl: undefined, en: englishTemplates });
