// rwg(J), worked by hand (docs/scoring.md, "Agreement").
import { describe, expect, it } from 'vitest';
import { tallies } from '../../../src/core/scoring/sample.js';
import { normaliseAnswers, type AnswerValue } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { bandOf, questionSpreads, sectionAgreement } from '../../../src/core/scoring/agreement.js';
import { sampleOfAnswers } from '../../../src/core/scoring/sampleOfAnswers.js';

const q = normaliseQuestionnaire({
  id: 'ag',
  title: 'Agreement',
  version: 1,
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'q1', text: 'Q1' },
        { id: 'q2', text: 'Q2', reverse: true },
        { id: 'c', text: 'C', type: 'choice', options: [{ label: 'a', score: 0 }, { label: 'b', score: 1 }] },
      ],
    },
  ],
});
const sample = (rows: [AnswerValue, AnswerValue][]) => sampleOfAnswers(q, rows.map(([q1, q2]) => normaliseAnswers({ questionnaire: 'ag', answers: { q1, q2, c: 'a' } })));

describe('agreement (rwg(J))', () => {
  it('a split section: r̄ ≥ 1 gives 0, no consensus', () => {
    // A = 5 points, σ² = (25 − 1)/12 = 2. q1: 4,4,5,3: s² = 0.667, ratio 0.333. q2: 2,5,1,4:
    // s² = 3.333, ratio 1.667. r̄ = 1, so rwg = 0. Choice questions do not count.
    const s = sample([[4, 2], [4, 5], [5, 1], [3, 4]]);
    expect(sectionAgreement(s.layout, tallies(s).all, 0)).toEqual({ rwg: 0, band: 'no-consensus' });
    expect(questionSpreads(s.layout, tallies(s).all, 0).map((x) => [x.question, +x.ratio.toFixed(4)])).toEqual([[1, 1.6667], [0, 0.3333]]);
  });

  it('a section people agree on: J(1 − r̄) / (J(1 − r̄) + r̄)', () => {
    // q2: 4,5,4,4: s² = 0.25, ratio 0.125. r̄ = (0.333 + 0.125)/2 = 0.2292; rwg = 1.5417/1.7708 = 0.8706.
    const s = sample([[4, 4], [4, 5], [5, 4], [3, 4]]);
    const a = sectionAgreement(s.layout, tallies(s).all, 0)!;
    expect(a.rwg).toBeCloseTo(0.8706, 4);
    expect(a.band).toBe('agreement');
  });

  it('needs at least 3 respondents; bands at 0.70 and 0.50', () => {
    expect(sectionAgreement(sample([[4, 4], [5, 5]]).layout, tallies(sample([[4, 4], [5, 5]])).all, 0)).toBeNull();
    expect([bandOf(0.7), bandOf(0.6999), bandOf(0.5), bandOf(0.4999)]).toEqual(['agreement', 'moderate', 'moderate', 'no-consensus']);
  });
});
