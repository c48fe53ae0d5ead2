import { createMsg } from '../../localization/msg.js';

/**
 * `msg()` for the request widgets (dialog, `<lb-my-requests>`, `<lb-approvals>`). Their English copy is in
 * `xliff/en.xlf` like all copy, but `pnpm localize` builds it into a locale module of its own (see
 * `scripts/split-locales.mjs`), imported only when one of these widgets renders in English.
 * Their message ids start with one of the prefixes listed there.
 */
export const msg = createMsg({ en: () => import('../../generated/requests/en.js') });
