import { describe, expect, it } from 'vitest';
import type { NpsMetric } from '../../../src/core/scoring/scoreResult.js';
import { npsLine } from '../../../src/render/text/npsLine.js';

const metric = (m: Partial<NpsMetric>): NpsMetric => ({ question: 'q', text: 'Would you\nrecommend us?', variant: 'classic', respondents: 10, value: 20, interval: null, promoters: 4, passives: 4, detractors: 2, ...m });

describe('npsLine', () => {
  it('gives the classic score with its counts on one line', () => {
    expect(npsLine(metric({}))).toBe('Would you recommend us?: NPS +20.0 (4 promoters, 4 passives, 2 detractors; 10 respondents)');
    expect(npsLine(metric({ value: null }))).toContain('NPS no answers');
  });

  it('gives the yes/no variant as a share', () => {
    expect(npsLine(metric({ variant: 'binary', value: 62.5, promoters: 5, detractors: 3, respondents: 8 }))).toBe('Would you recommend us?: 62.5% yes (5 yes, 3 no; 8 respondents)');
  });
});
