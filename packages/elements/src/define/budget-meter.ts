/**
 * Registers `<lb-budget-meter>`. Import it once: `import '@leerbudget/elements/define/budget-meter';`
 * @module
 */
import { LbBudgetMeter } from '../components/budget-meter/budget-meter.component.js';

LbBudgetMeter.define('lb-budget-meter');

declare global {
  interface HTMLElementTagNameMap {
    'lb-budget-meter': LbBudgetMeter;
  }
}
