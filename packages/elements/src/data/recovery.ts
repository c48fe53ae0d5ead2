import { sharedClients } from './shared-client.js';

let watching = false;

/** Every client that had an outage asks again, once per resource; clients that are fine stay quiet. */
function recover(): void {
  for (const client of sharedClients()) if (client.failed) client.refresh();
}

function onVisibilityChange(): void {
  if (document.visibilityState === 'visible') recover();
}

/**
 * After an outage, widgets leave their error or offline state by themselves when the browser is back
 * online or the page is shown again: no button to press in each widget, no storm of requests (the
 * clients share one request per resource). Started by the first widget that loads data, so importing
 * the package has no effect on the page.
 */
export function watchForRecovery(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('online', recover);
  document.addEventListener('visibilitychange', onVisibilityChange);
}
