import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { score } from '../../../src/core/scoring/score.js';
import { renderFinishSummary } from '../../../src/render/assess/finishSummary.js';

const ctx = { chalk: new Chalk({ level: 0 }), width: 80, version: '0.0.0' };
const q = normaliseQuestionnaire({ id: 'demo', title: 'Demo', version: 1, sections: [{ id: 's', title: 'Basics', questions: [{ id: 'q1', text: 'Q1', recommendation: 'Do it.' }] }] });
const result = score(q, [normaliseAnswers({ questionnaire: 'demo', answers: { q1: 2 } }, 'a.yaml')]);

describe('renderFinishSummary', () => {
  it('gives each scorecard, then the files saved and the report command for all of them, with the --questionnaires folders', () => {
    const text = renderFinishSummary(
      [
        { saved: { shown: 'a.yaml', status: 'complete', answered: 1, total: 1 }, score: result },
        { saved: { shown: 'my b.yaml', status: 'in-progress', answered: 0, total: 1 }, score: result },
      ],
      ctx,
      ['my qs'],
    );
    expect(text.match(/Your scorecard · Demo/g)).toHaveLength(2);
    expect(text.endsWith("Saved\n  a.yaml (complete, 1 of 1 answered)\n  my b.yaml (in-progress, 0 of 1 answered)\n\nNext, the full report with recommendations:\n  icare report a.yaml 'my b.yaml' --questionnaires 'my qs'\n")).toBe(true);
  });
});
