import { LbBudgetMeter } from './budget-meter.component.js';

export { LbBudgetMeter } from './budget-meter.component.js';
export type { BudgetMeterVariant } from './budget-meter.component.js';
export { LbBudgetLoadEvent, type LbBudgetLoadDetail } from '../../events/budget-load-event.js';

LbBudgetMeter.define('lb-budget-meter');

declare global {
  interface HTMLElementTagNameMap {
    'lb-budget-meter': LbBudgetMeter;
  }
}
