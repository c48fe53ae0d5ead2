import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as nodeCrypto from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { createHash } from './crypto.js';
import { promisify } from './util.js';
import { gzip } from './zlib.js';

// The browser build hashes tokens and request bodies with these; a different digest would break sign-in there.
test("the browser build's SHA-256 gives Node's digest for any text, across block boundaries", () => {
  for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
    const text = 'é'.repeat(length);
    assert.equal(
      createHash('sha256').update(text).digest('hex'),
      nodeCrypto.createHash('sha256').update(text).digest('hex'),
    );
  }
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const expected = nodeCrypto.createHash('sha256').update(text).digest('hex');
      assert.equal(createHash('sha256').update(text).digest('hex'), expected);
    }),
  );
});

test("the browser build's gzip is real gzip", async () => {
  const text = JSON.stringify({ courses: Array.from({ length: 200 }, (_, i) => `course ${i}`) });
  const gzipped = await promisify(gzip)(text);
  assert.equal(gunzipSync(gzipped).toString('utf8'), text);
});
