/**
 * Adapters from the course standards Dutch catalogues already use (OOAPI v5/v6, EDU-DEX, schema.org)
 * into the Leerbudget contract, and back out to schema.org for search engines.
 * @packageDocumentation
 */
export { fromOoapi } from './ooapi.js';
export { fromEduDex } from './edudex.js';
export { fromSchemaOrg, toSchemaOrg } from './schema-org.js';
export type { AdapterOptions, MappingIssue, MappingResult } from './mapping.js';
export { decimalToCents, centsToDecimal } from './money.js';
export { jsonLdScript } from './json-ld-script.js';
