import type { RefusalReason, RequestLine } from '@leerbudget/contract';
import { isNetworkError, isRequestRefusedError } from '@leerbudget/sdk';
import { formatAmount } from '../../formatting/amount-format.js';
import type { Locale } from '../../localization/locale.js';
import { requestSharedMessages as t } from './request-shared.messages.js';

/** "Opleidingsfonds betaalt € 687,50", one sentence per pot line. Call while rendering (inside `inLocale`). */
export function lineText(line: Pick<RequestLine, 'potName' | 'unit' | 'amount'>, currency: string, locale: Locale) {
  return t.linePays(line.potName, formatAmount(line.amount, line.unit, currency, locale));
}

/** The sentence for one refusal code of the server; pot funding reasons read as "not funded". */
function refusalText(reason: RefusalReason): string {
  switch (reason.code) {
    case 'offering-full':
      return t.refusedFull();
    case 'enrolment-closed':
      return t.refusedClosed();
    case 'offering-started':
      return t.refusedStarted();
    case 'plan-changed':
      return t.refusedPlanChanged();
    case 'not-funded':
      return t.refusedNotFunded();
    case 'not-submitted':
      return t.refusedDecided();
    case 'not-open':
      return t.refusedNotOpen();
    default:
      return t.refusedOther();
  }
}

/** What a failed write means for the user and what to do next: the first refusal reason, offline, or the general case. */
export function writeFailureText(error: unknown): string {
  if (isNetworkError(error)) return t.offline();
  if (isRequestRefusedError(error)) {
    const first = error.reasons[0];
    return first ? refusalText(first) : t.refusedOther();
  }
  return t.refusedOther();
}
