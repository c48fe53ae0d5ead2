/**
 * Registers `<lb-team-budget>`. Import it once: `import '@leerbudget/elements/define/team-budget';`
 * @module
 */
import { LbTeamBudget } from '../components/team-budget/team-budget.component.js';

LbTeamBudget.define('lb-team-budget');

declare global {
  interface HTMLElementTagNameMap {
    'lb-team-budget': LbTeamBudget;
  }
}
