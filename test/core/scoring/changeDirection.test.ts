import { describe, expect, it } from 'vitest';
import { changeDirection } from '../../../src/core/scoring/changeDirection.js';

describe('changeDirection', () => {
  it.each([
    [null, 'not-comparable'],
    [0, 'unchanged'],
    [0.049, 'unchanged'],
    [-0.049, 'unchanged'],
    [0.05, 'improved'],
    [12.5, 'improved'],
    [-0.05, 'regressed'],
    [-3, 'regressed'],
  ] as const)('%s → %s', (delta, want) => expect(changeDirection(delta)).toBe(want));
});
