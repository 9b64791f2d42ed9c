import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detached } from '../../../src/core/yaml/detached.js';

describe('detached', () => {
  it('gives the same characters for every string, lone surrogates and controls included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => detached(s) === s));
    expect(detached('\ud800x\u0000\u2028')).toBe('\ud800x\u0000\u2028');
  });
});
