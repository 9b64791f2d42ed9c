import { describe, expect, it } from 'vitest';
import { bar, fixed, gapStatus, isScore, num, scoreFigure, points, range, signed } from '../../../src/render/text/format.js';

describe('number formats', () => {
  it('isScore accepts finite numbers only', () => {
    expect([0, 62.5, -3].every(isScore)).toBe(true);
    expect([null, undefined, NaN, Infinity].some(isScore)).toBe(false);
  });

  it('fixed gives one decimal and never −0.0; num keeps the text formats’ "-0.0" and says "–" for null', () => {
    expect(fixed(62.25)).toBe('62.3');
    expect(fixed(-0.01)).toBe('0.0');
    expect(num(-0.01)).toBe('-0.0');
    expect(num(7)).toBe('7.0');
    expect(num(null)).toBe('–');
  });

  it('scoreFigure and points', () => {
    expect(scoreFigure(62.25)).toBe('62.3');
    expect(scoreFigure(null)).toBe('not assessed');
    expect(scoreFigure(undefined)).toBe('not assessed');
    expect(points(12.66)).toBe('12.7 pts');
    expect(points(null)).toBe('—');
  });

  it('bar and range', () => {
    expect(bar(50, 10)).toBe('█████░░░░░');
    expect(bar(150, 4)).toBe('████');
    expect(bar(null, 3)).toBe('···');
    expect(range({ min: 39.6, max: 85.2 })).toBe('40–85');
    expect(range(null)).toBe('–');
  });
});

describe('signed', () => {
  it('signs with a real minus and says 0.0 for no change', () => {
    expect(signed(4.23)).toBe('+4.2');
    expect(signed(-3)).toBe('−3.0');
    expect(signed(0.04)).toBe('0.0');
    expect(signed(-0.04)).toBe('0.0');
    expect(signed(null)).toBe('–');
  });

  it('keeps each format’s rounding of halves', () => {
    // Math.round rounds the value half up; toFixed rounds the exact binary value of its size.
    expect(signed(-0.25)).toBe('−0.2');
    expect(signed(-0.25, 'to-fixed')).toBe('−0.3');
    expect(signed(1.15)).toBe('+1.2');
    expect(signed(1.15, 'to-fixed')).toBe('+1.1');
    expect(signed(-0.04, 'to-fixed')).toBe('0.0');
    expect(signed(12.5, 'to-fixed')).toBe('+12.5');
  });
});

describe('gapStatus', () => {
  it.each([
    [null, 'none'],
    [undefined, 'none'],
    [-2, 'met'],
    [0, 'met'],
    [9.9, 'near'],
    [10, 'far'],
    [40, 'far'],
  ] as const)('%s → %s', (gap, want) => expect(gapStatus(gap)).toBe(want));
});
