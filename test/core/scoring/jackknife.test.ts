// Intervals by the delete-one jackknife, worked by hand (docs/scoring.md, "Intervals"), and the
// properties they must have whatever the answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallies } from '../../../src/core/scoring/sample.js';
import { normaliseAnswers, type AnswerValue } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { jackknife } from '../../../src/core/scoring/jackknife.js';
import { sampleOfAnswers } from '../../../src/core/scoring/sampleOfAnswers.js';
import { scoreSample } from '../../../src/core/scoring/score.js';

const q = normaliseQuestionnaire({
  id: 'jk',
  title: 'Jackknife',
  version: 1,
  sections: [
    { id: 'one', title: 'One', questions: [{ id: 'q1', text: 'Q1' }] },
    { id: 'two', title: 'Two', questions: [{ id: 'q2', text: 'Q2' }, { id: 'q3', text: 'Q3', type: 'yesno', weight: 2 }] },
  ],
});
const answers = (a: Record<string, AnswerValue>) => normaliseAnswers({ questionnaire: 'jk', answers: a });
const all = () => true;

describe('intervals, by hand', () => {
  // Q1 answered 5, 3, 4: values 1, 0.5, 0.75, θ̂ = 75. Leaving one out: 62.5, 87.5, 75; θ̄ = 75.
  // Σ(θ₍ᵢ₎ − θ̄)² = 312.5; SE = √(2/3 · 312.5) = 14.434; t₀.₉₇₅,₂ = 4.3027: 75 ± 62.10.
  const sample = sampleOfAnswers(q, [answers({ q1: 5 }), answers({ q1: 3 }), answers({ q1: 4 })]);

  it('SE = √((n−1)/n · Σ(θ₍ᵢ₎ − θ̄)²), interval θ̂ ± t·SE clamped to [0, 100]', () => {
    const r = jackknife(sample, tallies(sample).all, all);
    expect(r.sections[0]!.n).toBe(3);
    expect(r.sections[0]!.se).toBeCloseTo(14.4338, 4);
    expect(r.sections[0]!.interval!.low).toBeCloseTo(12.8966, 4);
    expect(r.sections[0]!.interval!.high).toBe(100);
    // Section two has no values: no respondents, no interval.
    expect(r.sections[1]).toEqual({ n: 0, se: null, interval: null });
    expect(r.overall.se).toBeCloseTo(14.4338, 4);
  });

  it('--population N scales SE by √((N − n)/(N − 1)); everyone asked means no sampling error', () => {
    const five = jackknife(sample, tallies(sample).all, all, 5).sections[0]!;
    expect(five.se).toBeCloseTo(10.2062, 4);
    expect(five.interval!.low).toBeCloseTo(31.0862, 4);
    const three = jackknife(sample, tallies(sample).all, all, 3).sections[0]!;
    expect(three.se).toBe(0);
    expect(three.interval).toEqual({ low: 75, high: 75 });
  });

  it('fewer than 2 respondents with a value: no interval', () => {
    const one = sampleOfAnswers(q, [answers({ q1: 5 }), answers({ q2: 1 })]);
    const r = jackknife(one, tallies(one).all, all);
    expect(r.sections[0]).toEqual({ n: 1, se: null, interval: null });
    expect(r.overall.n).toBe(2);
    expect(r.overall.interval).not.toBeNull();
  });

  it('a respondent left out only changes the questions it answered', () => {
    // Section two: q2 (weight 1) and q3 (yes/no, weight 2). Respondent 1 answered only q3.
    const s = sampleOfAnswers(q, [answers({ q2: 5, q3: 'yes' }), answers({ q3: 'no' }), answers({ q2: 1, q3: 'yes' })]);
    // θ̂ = (1 × 0.5 + 2 × 2/3) / 3 = 0.6111. Without 0: (0 + 2 × 0.5)/3 = 0.3333; without 1:
    // (0.5 + 2 × 1)/3 = 0.8333; without 2: (1 + 2 × 0.5)/3 = 0.6667. θ̄ = 0.6111.
    const r = jackknife(s, tallies(s).all, all).sections[1]!;
    const dev = [0.3333333 - 0.6111111, 0.8333333 - 0.6111111, 0.6666667 - 0.6111111];
    const se = Math.sqrt((2 / 3) * dev.reduce((a, d) => a + d * d, 0)) * 100;
    expect(r.se).toBeCloseTo(se, 3);
  });
});

const respondent = fc.record({ q1: fc.integer({ min: 1, max: 5 }), q2: fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'n/a'), q3: fc.constantFrom<AnswerValue>('yes', 'no', 'n/a') }).map((a) => answers(a));

describe('interval properties', () => {
  it('an interval always contains its score', () => {
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 2, maxLength: 12 }), (rs) => {
        const s = sampleOfAnswers(q, rs);
        const r = jackknife(s, tallies(s).all, all);
        const scored = scoreSample(s);
        [...r.sections, r.overall].forEach((u, i) => {
          const score = i < r.sections.length ? scored.sections[i]!.score : scored.score;
          if (!u.interval || score === null) return;
          expect(u.interval.low).toBeLessThanOrEqual(score + 1e-9);
          expect(u.interval.high).toBeGreaterThanOrEqual(score - 1e-9);
        });
      }),
    );
  });

  // With gaps (n/a, unanswered) a composite score can make the jackknife collapse: two people who
  // offset each other give θ₍₁₎ = θ₍₂₎ and SE 0 (docs/scoring.md says so). Where everyone answers,
  // each score is a plain weighted mean and more of the same respondents can only narrow it.
  const complete = fc.record({ q1: fc.integer({ min: 1, max: 5 }), q2: fc.integer({ min: 1, max: 5 }), q3: fc.constantFrom<AnswerValue>('yes', 'no') }).map((a) => answers(a));

  it('duplicating every respondent never widens an interval', () => {
    fc.assert(
      fc.property(fc.array(complete, { minLength: 2, maxLength: 10 }), (rs) => {
        const once = sampleOfAnswers(q, rs);
        const twice = sampleOfAnswers(q, [...rs, ...rs]);
        const a = jackknife(once, tallies(once).all, all);
        const b = jackknife(twice, tallies(twice).all, all);
        [...a.sections, a.overall].forEach((u, i) => {
          const v = i < a.sections.length ? b.sections[i]! : b.overall;
          if (!u.interval || !v.interval) return;
          expect(v.interval.high - v.interval.low).toBeLessThanOrEqual(u.interval.high - u.interval.low + 1e-9);
        });
      }),
    );
  });

  it('the order of respondents never changes any figure', () => {
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 2, maxLength: 10 }), fc.nat(), (rs, seed) => {
        const shuffled = rs.map((r, i) => ({ r, k: (i * 7919 + seed) % 101 })).sort((x, y) => x.k - y.k).map((x) => x.r);
        const a = sampleOfAnswers(q, rs);
        const b = sampleOfAnswers(q, shuffled);
        expect(jackknife(b, tallies(b).all, all)).toEqual(jackknife(a, tallies(a).all, all));
        expect(scoreSample(b)).toEqual(scoreSample(a));
      }),
    );
  });
});
