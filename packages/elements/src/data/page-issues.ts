import { issueKey, type LeerbudgetClient } from '@leerbudget/sdk';
import { currentConfiguration } from './configuration.js';

const delivered = new Set<string>();

/**
 * Hands `configure({ onIssue })` each bad record once, whichever of the page's clients found it (a vendor's
 * anonymous finder and the signed-in widgets read the same catalogue through two clients).
 */
export function passIssuesToPage(client: LeerbudgetClient): void {
  client.addEventListener('issue', ({ detail }) => {
    const { onIssue } = currentConfiguration();
    const key = issueKey(detail);
    if (onIssue === undefined || delivered.has(key)) return;
    delivered.add(key);
    onIssue(detail);
  });
}
