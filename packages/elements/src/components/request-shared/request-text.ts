import type { RefusalReason, RequestLine } from '@leerbudget/contract';
import { isNetworkError, isRequestRefusedError } from '@leerbudget/sdk';
import { formatAmount } from '../../formatting/intl-format.js';
import type { Locale } from '../../localization/locale.js';
import { requestSharedMessages as t } from './request-shared.messages.js';

/** "Opleidingsfonds betaalt € 687,50", one sentence per pot line. Call while rendering (inside `inLocale`). */
export function lineText(line: Pick<RequestLine, 'potName' | 'unit' | 'amount'>, currency: string, locale: Locale) {
  return t.linePays(line.potName, formatAmount(line.amount, line.unit, currency, locale));
}

/** What went wrong and what to do next, per refusal code of the server; pot funding reasons read as "not funded". */
const REFUSALS: Partial<Record<RefusalReason['code'], [() => string, () => string]>> = {
  'offering-full': [t.refusedFull, t.refusedFullNext],
  'enrolment-closed': [t.refusedClosed, t.refusedClosedNext],
  'offering-started': [t.refusedStarted, t.refusedStartedNext],
  'plan-changed': [t.refusedPlanChanged, t.refusedPlanChangedNext],
  'not-funded': [t.refusedNotFunded, t.refusedNotFundedNext],
  'not-submitted': [t.refusedDecided, t.refusedDecidedNext],
  'not-open': [t.refusedNotOpen, t.refusedNotOpenNext],
};

function refusalText(reason: RefusalReason | undefined): string {
  const [text, next] = (reason && REFUSALS[reason.code]) ?? [t.refusedOther, t.refusedOtherNext];
  return `${text()} ${next()}`;
}

/** What a failed write means for the user and what to do next: the first refusal reason, offline, or the general case. */
export function writeFailureText(error: unknown): string {
  if (isNetworkError(error)) return t.offline();
  if (isRequestRefusedError(error)) {
    return refusalText(error.reasons[0]);
  }
  return refusalText(undefined);
}
