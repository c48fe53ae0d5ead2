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

test('every component schema has an example, and each example passes its own zod schema', async () => {
  const contract = (await import('./index.js')) as unknown as Record<
    string,
    { safeParse(value: unknown): { success: boolean; error?: unknown } }
  >;
  const document = buildOpenApiDocument() as { components: { schemas: Record<string, { examples?: unknown[] }> } };
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    assert.ok(Array.isArray(schema.examples) && schema.examples.length > 0, `${name} has no example`);
    const zodSchema = contract[name];
    assert.ok(zodSchema !== undefined, `no zod schema exported as ${name}`);
    for (const example of schema.examples) {
      const parsed = zodSchema.safeParse(example);
      assert.ok(parsed.success, `${name} example: ${JSON.stringify(parsed.error)}`);
    }
  }
});

test('every operation has a declared tag and an example for each response body', async () => {
  const contract = (await import('./index.js')) as unknown as Record<
    string,
    { safeParse(value: unknown): { success: boolean } }
  >;
  type Media = { schema: { $ref: string }; example?: unknown; examples?: Record<string, { value: unknown }> };
  const document = buildOpenApiDocument() as {
    tags: Array<{ name: string }>;
    paths: Record<
      string,
      Record<string, { tags?: string[]; responses: Record<string, { content?: Record<string, Media> }> }>
    >;
  };
  const declared = new Set(document.tags.map((tag) => tag.name));
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      assert.ok(
        operation.tags !== undefined && operation.tags.length > 0 && operation.tags.every((tag) => declared.has(tag)),
        `${method} ${path} tags`,
      );
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const media of Object.values(response.content ?? {})) {
          const values =
            media.examples === undefined ? [media.example] : Object.values(media.examples).map((entry) => entry.value);
          const schema = contract[media.schema.$ref.split('/').pop()!]!;
          for (const value of values)
            assert.ok(value !== undefined && schema.safeParse(value).success, `${method} ${path} ${status} example`);
        }
      }
    }
  }
});
