import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApiDocument } from './openapi.js';
import { openApiPath, serializeOpenApi } from '../scripts/openapi-file.js';

test('the committed openapi.json matches the schemas (run `pnpm --filter @leerbudget/contract openapi`)', () => {
  const committed = readFileSync(openApiPath, 'utf8');
  assert.equal(committed, serializeOpenApi(buildOpenApiDocument()));
});

test('openapi.json is a valid OpenAPI 3.1 document', async () => {
  const validator = new Validator();
  const result = await validator.validate(JSON.parse(readFileSync(openApiPath, 'utf8')));
  assert.equal(validator.version, '3.1');
  assert.deepEqual(result.errors ?? [], []);
  assert.equal(result.valid, true);
});

test('every $ref in the document resolves to a component schema', () => {
  const document = buildOpenApiDocument() as { components: { schemas: Record<string, unknown> } };
  const refs = JSON.stringify(document).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
  assert.ok(refs.length > 10);
  for (const ref of refs) {
    const name = ref.split('/').pop()!;
    assert.ok(name in document.components.schemas, `missing component ${name}`);
  }
});

test('the document does not forbid unknown fields, so implementers can extend responses', () => {
  assert.doesNotMatch(JSON.stringify(buildOpenApiDocument()), /"additionalProperties":false/);
});
