import { describe, expect, it } from 'vitest';
import type { NpsMetric, RatingMetric } from '../../../src/core/scoring/scoreResult.js';
import { npsLine, ratingLine } from '../../../src/render/text/npsLine.js';

const metric = (m: Partial<NpsMetric>): NpsMetric => ({ question: 'q', text: 'Would you\nrecommend us?', variant: 'classic', respondents: 10, value: 20, interval: null, promoters: 4, passives: 4, detractors: 2, ...m });

describe('npsLine', () => {
  it('gives the classic score with its interval and counts on one line', () => {
    expect(npsLine(metric({}))).toBe('Would you recommend us? — NPS +20.0 (4 promoters, 4 passives, 2 detractors; 10 respondents)');
    expect(npsLine(metric({ interval: { low: -5.26, high: 41.2 } }))).toBe('Would you recommend us? — NPS +20.0 (\u22125.3 to +41.2) (4 promoters, 4 passives, 2 detractors; 10 respondents)');
    expect(npsLine(metric({ value: null }))).toContain('NPS no answers');
  });

  it('gives the yes/no variant as a share with its interval', () => {
    expect(npsLine(metric({ variant: 'binary', value: 62.5, promoters: 5, detractors: 3, respondents: 8 }))).toBe('Would you recommend us? — 62.5% yes (5 yes, 3 no; 8 respondents)');
    expect(npsLine(metric({ variant: 'binary', value: 62.5, interval: { low: 30.4, high: 86.3 }, promoters: 5, detractors: 3, respondents: 8 }))).toBe('Would you recommend us? — 62.5% yes (30.4–86.3) (5 yes, 3 no; 8 respondents)');
  });
});

describe('ratingLine', () => {
  const rating = (m: Partial<RatingMetric>): RatingMetric => ({ question: 'r', text: 'Satisfaction', respondents: 60, min: 1, max: 5, mean: 4.1, interval: { low: 3.82, high: 4.38 }, distribution: [], ...m });
  it('gives the mean on its own scale with its interval', () => {
    expect(ratingLine(rating({}))).toBe('Satisfaction: 4.1 on 1–5 (3.8–4.4) (60 respondents)');
    expect(ratingLine(rating({ respondents: 1, interval: null }))).toBe('Satisfaction: 4.1 on 1–5 (no interval) (1 respondent)');
    expect(ratingLine(rating({ mean: null, respondents: 0, interval: null }))).toContain('no answers');
  });
});
