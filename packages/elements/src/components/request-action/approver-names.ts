import type { RequestApprover } from '@leerbudget/contract';
import { requestActionMessages as t } from './request-action.messages.js';

/** Who decides, in words: the manager's name when the server gave it, else "je leidinggevende" or "HR". */
export function approverNames(approvers: readonly RequestApprover[]): string {
  return approvers
    .map((approver) => approver.displayName ?? (approver.role === 'hr' ? t.hr() : t.yourManager()))
    .join(' / ');
}
