/**
 * Registers `<lb-request-dialog>`, the dialog behind "Aanvragen". The finder and the learning path import
 * it on the first click, so pages pay for it only when someone asks for a course.
 * @module
 */
import { LbRequestDialog } from '../components/request-dialog/request-dialog.component.js';

LbRequestDialog.define('lb-request-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'lb-request-dialog': LbRequestDialog;
  }
}
