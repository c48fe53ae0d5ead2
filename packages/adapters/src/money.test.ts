import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { centsToDecimal, decimalToCents } from './money.js';

describe('decimalToCents', () => {
  it('counts digits, so amounts that floating point gets wrong come out exact', () => {
    assert.equal(decimalToCents('340.84'), 34084);
    assert.equal(decimalToCents('0.29'), 29); // 0.29 * 100 is 28.999999999999996 in floating point
    assert.equal(decimalToCents(1.15), 115); // 1.15 * 100 is 114.99999999999999
    assert.equal(decimalToCents('1250'), 125000);
    assert.equal(decimalToCents('12,50'), 1250);
    assert.equal(decimalToCents('10.500'), 1050);
  });

  it('refuses sub-cent, negative and malformed amounts rather than rounding them', () => {
    for (const bad of ['1.005', '-5', 'abc', '', '1e3', Number.NaN, -1, 1e21])
      assert.equal(decimalToCents(bad), undefined, String(bad));
  });

  it('round-trips every cent amount through the decimal text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (cents) => decimalToCents(centsToDecimal(cents)) === cents),
    );
  });
});
