// Noise-aware comparisons, worked by hand (docs/scoring.md, "Comparing rounds").
import { describe, expect, it } from 'vitest';
import { changeBetween, proportionNoise, questionChange, questionEstimate, welchNoise } from '../../../src/core/scoring/noise.js';

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
    expect(changeBetween({ score: 50, se: null, n: 1 }, { score: 50.04, se: 3, n: 10 })).toEqual({ change: expect.closeTo(0.04, 9), noise: null, direction: 'unchanged', noNoise: 'one-respondent' });
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

describe("a question's change", () => {
  const yesno = (score: number, n: number, sd: number) => ({ type: 'yesno', score, spread: { respondents: n, sd } });
  const scale = (score: number, n: number, sd: number) => ({ type: 'scale', score, spread: { respondents: n, sd } });

  it('yes/no, Agresti and Caffo: 0 of 8 → 10 of 10 is +100 against a noise of 24.3, not 0', () => {
    // p̃_b = 1/10 = 0.1, variance 0.1 · 0.9 / 10 = 0.009; p̃_a = 11/12, variance (11/12)(1/12)/12 = 0.006366;
    // noise = 100 · 1.96 · √0.015366 = 24.30.
    expect(proportionNoise(0, 8, 1, 10)).toBeCloseTo(24.296, 2);
    expect(questionChange(yesno(0, 8, 0), yesno(100, 10, 0))).toEqual({ change: 100, noise: expect.closeTo(24.296, 2), direction: 'improved' });
  });

  it('yes/no with spread: 5 of 8 → 0 of 10 (reverse-scored 37.5 → 100) has a noise of 34.2', () => {
    // p̃_b = 6/10, variance 0.24/10 = 0.024; p̃_a = 1/12, variance (1/12)(11/12)/12 = 0.006366;
    // noise = 100 · 1.96 · √0.030366 = 34.15. The share is the scored way's, so reversing changes nothing.
    const sd8 = Math.sqrt(0.375 * 0.625) * 100;
    expect(questionChange(yesno(37.5, 8, sd8), yesno(100, 10, 0)).noise).toBeCloseTo(34.155, 2);
    expect(questionChange(yesno(62.5, 8, sd8), yesno(0, 10, 0)).noise).toBeCloseTo(34.155, 2);
  });

  it('yes/no: a small change between two small rounds is within the noise', () => {
    // 1 of 4 → 2 of 4: +25; p̃ 2/6 and 3/6, variances 0.03704 and 0.04167, noise 100 · 1.96 · 0.2805 = 54.98.
    expect(questionChange(yesno(25, 4, 43.3), yesno(50, 4, 50))).toMatchObject({ change: 25, noise: expect.closeTo(54.98, 1), direction: 'within-noise' });
  });

  it('a scale question with every answer the same on both sides has no noise estimate, and says why', () => {
    expect(questionChange(scale(75, 8, 0), scale(100, 10, 0))).toEqual({ change: 25, noise: null, direction: 'improved', noNoise: 'no-spread' });
    expect(questionChange(scale(75, 8, 0), scale(75, 10, 0))).toEqual({ change: 0, noise: null, direction: 'unchanged', noNoise: 'no-spread' });
  });

  it("any other question: Welch over s/√n, as for sections", () => {
    // Population sd 20 over 8 and 10 respondents: SE 20·√(8/7)/√8 = 7.559 and 20·√(10/9)/√10 = 6.667.
    const c = questionChange(scale(50, 8, 20), scale(60, 10, 20));
    expect(c.noise).toBeCloseTo(welchNoise(20 / Math.sqrt(7), 8, 20 / 3, 10), 9);
    expect(c.direction).toBe('within-noise');
  });

  it('one respondent on a side: no noise estimate, for that reason', () => {
    expect(questionChange(yesno(100, 1, 0), yesno(0, 10, 0))).toEqual({ change: -100, noise: null, direction: 'regressed', noNoise: 'one-respondent' });
  });
});
