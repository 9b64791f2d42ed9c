// Noise-aware comparisons, worked by hand (docs/scoring.md, "Comparing rounds").
import { describe, expect, it } from 'vitest';
import { changeBetween, questionEstimate, welchNoise } from '../../../src/core/scoring/noise.js';

describe("Welch's noise", () => {
  it('SE 4.0 (n 8) against SE 3.0 (n 10): df 13.71, t 2.149, noise 10.74', () => {
    expect(welchNoise(4, 8, 3, 10)).toBeCloseTo(10.7449, 3);
  });

  it('a change within the noise is not called improved or regressed', () => {
    expect(changeBetween({ score: 50, se: 4, n: 8 }, { score: 56, se: 3, n: 10 })).toMatchObject({ change: 6, direction: 'within-noise' });
    expect(changeBetween({ score: 50, se: 4, n: 8 }, { score: 62, se: 3, n: 10 })).toMatchObject({ change: 12, direction: 'improved' });
    expect(changeBetween({ score: 62, se: 4, n: 8 }, { score: 50, se: 3, n: 10 })).toMatchObject({ change: -12, direction: 'regressed' });
  });

  it('without an interval on a side, the old rule and no noise estimate', () => {
    expect(changeBetween({ score: 50, se: null, n: 1 }, { score: 50.04, se: 3, n: 10 })).toEqual({ change: expect.closeTo(0.04, 9), noise: null, direction: 'unchanged' });
    expect(changeBetween({ score: 50, se: null, n: 1 }, { score: 51, se: 3, n: 10 }).direction).toBe('improved');
    expect(changeBetween({ score: null, se: null, n: 0 }, { score: 51, se: 3, n: 10 })).toEqual({ change: null, noise: null, direction: 'not-comparable' });
  });

  it('everyone asked on both sides (SE 0): any change shown is real', () => {
    expect(changeBetween({ score: 50, se: 0, n: 5 }, { score: 50.5, se: 0, n: 5 })).toEqual({ change: 0.5, noise: 0, direction: 'improved' });
  });

  it("a question's SE is s/√n from its population spread", () => {
    // Values 0 and 100 (population sd 50, n 2): sample sd 70.71, SE 50.
    expect(questionEstimate(50, { respondents: 2, sd: 50 }).se).toBeCloseTo(50, 9);
    expect(questionEstimate(50, { respondents: 1, sd: 0 }).se).toBeNull();
  });
});
