import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localizeProblems } from './localize-status.mjs';

test('xliff/ and src/generated/ match the msg() calls in the source, and every message has English', () => {
  assert.deepEqual(localizeProblems(), []);
});
