import type { RequestDialogOptions } from '../request-dialog/request-dialog.component.js';

/**
 * Opens the request dialog inside `root` (the widget's shadow root, so it inherits the widget's language).
 * The dialog's code is imported here, on the first click, so no page pays for it up front.
 */
export async function openRequestDialog(root: ShadowRoot | HTMLElement, options: RequestDialogOptions): Promise<void> {
  await import('../../define/request-dialog.js');
  let dialog = root.querySelector('lb-request-dialog');
  if (!dialog) {
    dialog = document.createElement('lb-request-dialog');
    root.append(dialog);
  }
  await dialog.open(options);
}
