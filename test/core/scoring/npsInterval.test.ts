// Adjusted-Wald intervals for the customer metrics, worked by hand (docs/scoring.md).
import { describe, expect, it } from 'vitest';
import { classicNpsInterval, proportionInterval } from '../../../src/core/scoring/npsInterval.js';

describe('NPS intervals', () => {
  it('classic: 5 promoters, 3 passives, 2 detractors (NPS +30) → −19.1 to +65.2', () => {
    // n′ = 13, p′ = 5.75/13 = 0.4423, d′ = 2.75/13 = 0.2115, NPS′ = 0.2308,
    // half = 1.96 × √((0.4423 + 0.2115 − 0.2308²)/13) = 0.4213.
    const i = classicNpsInterval(5, 3, 2)!;
    expect(i.low).toBeCloseTo(-19.0514, 3);
    expect(i.high).toBeCloseTo(65.2052, 3);
  });

  it('binary: 8 yes of 10 (80%) → 47.9% to 95.4%', () => {
    // n′ = 10 + 1.96² = 13.8416, p′ = (8 + 1.9208)/13.8416 = 0.7167, half = 0.2374.
    const i = proportionInterval(8, 10)!;
    expect(i.low).toBeCloseTo(47.9362, 3);
    expect(i.high).toBeCloseTo(95.4114, 3);
  });

  it('clamps, and has no interval without answers', () => {
    expect(classicNpsInterval(1, 0, 0)!.high).toBeLessThanOrEqual(100);
    expect(proportionInterval(0, 1)!.low).toBe(0);
    expect(classicNpsInterval(0, 0, 0)).toBeNull();
    expect(proportionInterval(0, 0)).toBeNull();
  });
});
