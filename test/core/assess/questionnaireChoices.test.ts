import { describe, expect, it } from 'vitest';
import { questionnaireChoices } from '../../../src/core/assess/questionnaireChoices.js';
import { type Questionnaire } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';

const q = (id: string, title: string, questions = 1): Questionnaire =>
  normaliseQuestionnaire({ id, title, version: 1, sections: [{ id: 's', title: 'S', questions: Array.from({ length: questions }, (_, i) => ({ id: `q${i}`, text: 'Q' })) }] });

describe('questionnaireChoices', () => {
  it('puts ICARE first and chosen, the others by title, with their question counts', () => {
    const catalog = new Map([q('zeta', 'Zeta'), q('icare', 'ICARE', 3), q('alpha', 'Alpha', 2)].map((x) => [x.id, x]));
    expect(questionnaireChoices(catalog)).toEqual({
      choices: [
        { id: 'icare', title: 'ICARE', questions: 3 },
        { id: 'alpha', title: 'Alpha', questions: 2 },
        { id: 'zeta', title: 'Zeta', questions: 1 },
      ],
      preselected: ['icare'],
    });
  });

  it('chooses nothing in advance without ICARE', () => {
    expect(questionnaireChoices(new Map([['a', q('a', 'A')]])).preselected).toEqual([]);
  });
});
