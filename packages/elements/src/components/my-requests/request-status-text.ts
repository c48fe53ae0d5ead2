import type { CourseRequest, RequestEvent } from '@leerbudget/contract';
import { formatDate } from '../../formatting/intl-format.js';
import type { Locale } from '../../localization/locale.js';
import { approverNames } from '../request-action/approver-names.js';
import { myRequestsMessages as t } from './my-requests.messages.js';

/** The note of the event that brought the request to its status (the decline reason). */
function lastNote(request: CourseRequest): string | undefined {
  return request.history.findLast((event) => event.status === request.status)?.note;
}

/** Where a request is, in words: "Wacht op Lisa de Boer sinds 3 december", "Afgewezen: …". */
export function requestStatusText(request: CourseRequest, locale: Locale): string {
  switch (request.status) {
    case 'submitted':
      return t.waiting(approverNames(request.approvers), formatDate(request.createdAt, locale, 'auto'));
    case 'approved':
      return t.approved();
    case 'completed':
      return t.completed();
    case 'declined': {
      const note = lastNote(request);
      return note ? t.declined(note) : t.eventDeclined();
    }
    case 'cancelled':
      return t.cancelled();
    case 'expired':
      return t.expired();
    default:
      return t.unknownStatus();
  }
}

/** One step of the history: "Goedgekeurd op 4 december". */
export function historyText(event: RequestEvent, locale: Locale): string {
  const date = formatDate(event.at, locale);
  const status = statusWord(event.status);
  return event.note && event.status === 'declined'
    ? t.historyWithNote(status, date, event.note)
    : t.history(status, date);
}

function statusWord(status: RequestEvent['status']): string {
  switch (status) {
    case 'submitted':
      return t.eventSubmitted();
    case 'approved':
      return t.approved();
    case 'completed':
      return t.completed();
    case 'declined':
      return t.eventDeclined();
    case 'cancelled':
      return t.cancelled();
    case 'expired':
      return t.eventExpired();
    default:
      return t.unknownStatus();
  }
}
