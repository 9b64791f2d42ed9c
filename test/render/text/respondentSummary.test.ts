import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { roleCounts } from '../../../src/core/scoring/roleCounts.js';
import { score } from '../../../src/core/scoring/score.js';
import { respondentSummary } from '../../../src/render/text/respondentSummary.js';

const q = normaliseQuestionnaire({ id: 'r', title: 'R', version: 1, sections: [{ id: 's', title: 'S', questions: [{ id: 'a', text: 'A' }] }] });
const summary = (people: readonly { name?: string; role?: string }[], wording?: 'text' | 'page'): string => {
  const m = score(q, people.map((respondent) => normaliseAnswers({ questionnaire: 'r', respondent, answers: { a: 3 } })), { names: true });
  return respondentSummary(m, roleCounts(m.roles), wording);
};

describe('respondentSummary', () => {
  it('names one respondent', () => {
    expect(summary([{ name: 'Dana', role: 'frontline' }])).toBe('Dana (frontline)');
    expect(summary([{ role: 'frontline' }])).toBe('one respondent (frontline)');
    expect(summary([{}])).toBe('one respondent');
    expect(summary([{ name: 'Dana', role: 'frontline' }], 'page')).toBe('Dana, frontline');
    expect(summary([{ role: 'frontline' }], 'page')).toBe('frontline');
    expect(summary([{}], 'page')).toBe('1 respondent');
  });

  it('counts many by role: ranked in text, as found on the page', () => {
    const people = [{ role: 'Frontline' }, { role: 'executive' }, {}, { role: 'frontline' }];
    expect(summary(people)).toBe('4 respondents (1 executive, 2 frontline, 1 unspecified)');
    expect(summary(people, 'page')).toBe('4 respondents (2 frontline, 1 executive, 1 role not given)');
  });

  it('lists no roles on the page when nobody gave one', () => {
    expect(summary([{}, {}])).toBe('2 respondents (2 unspecified)');
    expect(summary([{}, {}], 'page')).toBe('2 respondents');
  });
});
