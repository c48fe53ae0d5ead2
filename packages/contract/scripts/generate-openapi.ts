import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/openapi.js';
import { openApiPath, serializeOpenApi } from './openapi-file.js';

writeFileSync(openApiPath, serializeOpenApi(buildOpenApiDocument()));
console.log(`wrote ${openApiPath}`);
