// The exact sum behind mergeable tallies: any order, any split into parts, the same value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addExact, exactValue, mergeExact, type Partials } from '../../../src/core/scoring/exactSum.js';

const sumOf = (xs: readonly number[]): number => {
  const p: Partials = [];
  for (const x of xs) addExact(p, x);
  return exactValue(p);
};

describe('exact sums', () => {
  it('are exact where plain addition is not', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(sumOf([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sumOf([1e100, 1, -1e100])).toBe(1);
    expect(sumOf([])).toBe(0);
  });

  it('do not depend on the order of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { maxLength: 60 }), fc.integer(), (xs, seed) => {
        const shuffled = [...xs].sort((a, b) => ((a * 1e6 + seed) % 7) - ((b * 1e6 + seed) % 7));
        expect(sumOf(shuffled)).toBe(sumOf(xs));
        expect(sumOf([...xs].reverse())).toBe(sumOf(xs));
      }),
    );
  });

  it('merge like one sum over every value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), fc.nat(), (xs, cut) => {
        const at = xs.length ? cut % xs.length : 0;
        const a: Partials = [];
        const b: Partials = [];
        xs.slice(0, at).forEach((x) => addExact(a, x));
        xs.slice(at).forEach((x) => addExact(b, x));
        mergeExact(a, b);
        expect(exactValue(a)).toBe(sumOf(xs));
      }),
    );
  });
});
