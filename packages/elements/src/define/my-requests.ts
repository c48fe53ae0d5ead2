/**
 * Registers `<lb-my-requests>`. Import it once: `import '@leerbudget/elements/define/my-requests';`
 * @module
 */
import { LbMyRequests } from '../components/my-requests/my-requests.component.js';

LbMyRequests.define('lb-my-requests');

declare global {
  interface HTMLElementTagNameMap {
    'lb-my-requests': LbMyRequests;
  }
}
