import { fileURLToPath } from 'node:url';

/** Where the generated document is committed. */
export const openApiPath = fileURLToPath(new URL('../openapi.json', import.meta.url));

export function serializeOpenApi(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
