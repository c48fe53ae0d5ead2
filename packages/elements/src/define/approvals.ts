/**
 * Registers `<lb-approvals>`. Import it once: `import '@leerbudget/elements/define/approvals';`
 * @module
 */
import { LbApprovals } from '../components/approvals/approvals.component.js';

LbApprovals.define('lb-approvals');

declare global {
  interface HTMLElementTagNameMap {
    'lb-approvals': LbApprovals;
  }
}
