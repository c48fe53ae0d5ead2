/**
 * Registers `<lb-budget-insights>`. Import it once: `import '@leerbudget/elements/define/budget-insights';`
 * @module
 */
import { LbBudgetInsights } from '../components/budget-insights/budget-insights.component.js';

LbBudgetInsights.define('lb-budget-insights');

declare global {
  interface HTMLElementTagNameMap {
    'lb-budget-insights': LbBudgetInsights;
  }
}
