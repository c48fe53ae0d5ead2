import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measurePageTypes } from './check-size.mjs';

const results = await measurePageTypes();
console.log(['embed byte budget (min+gzip):', ...results.map(({ line }) => `  ${line}`)].join('\n'));

for (const { name, size, limit } of results) {
  test(`${name}: at most ${(limit / 1024).toFixed(1)} kB min+gzip`, () => {
    assert.ok(
      size <= limit,
      `${name} is ${(size / 1024).toFixed(1)} kB, over its limit of ${(limit / 1024).toFixed(1)} kB`,
    );
  });
}
