import type { Budget } from '@leerbudget/contract';
import { LbEvent } from './lb-event.js';

/** Detail of {@link LbBudgetLoadEvent}. */
export interface LbBudgetLoadDetail {
  budget: Budget;
  /** `true` for the cached budget shown while a fresh one loads (or when the refresh failed). */
  stale: boolean;
}

/** `lb-budget-load`: `<lb-budget-meter>` shows a budget (cached first, then fresh). */
export class LbBudgetLoadEvent extends LbEvent<LbBudgetLoadDetail> {
  constructor(detail: LbBudgetLoadDetail) {
    super('lb-budget-load', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lb-budget-load': LbBudgetLoadEvent;
  }
}
