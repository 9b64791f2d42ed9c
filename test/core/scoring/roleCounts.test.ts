import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { roleCounts } from '../../../src/core/scoring/roleCounts.js';
import { score } from '../../../src/core/scoring/score.js';

const q = normaliseQuestionnaire({ id: 'r', title: 'R', version: 1, sections: [{ id: 's', title: 'S', questions: [{ id: 'a', text: 'A' }] }] });
const people = [{ role: 'Frontline' }, { role: 'team lead' }, {}, { role: ' frontline ' }, { role: '  ' }, { role: 'executive' }];
const rolesOf = (list: readonly { role?: string }[]) => score(q, list.map((respondent) => normaliseAnswers({ questionnaire: 'r', respondent, answers: { a: 3 } }))).roles;

describe('roleCounts', () => {
  it('counts normalised roles in the order they first appear', () => {
    expect(roleCounts(rolesOf(people)).asFound).toEqual([
      { role: 'frontline', respondents: 2 },
      { role: 'team lead', respondents: 1 },
      { role: 'unspecified', respondents: 2 },
      { role: 'executive', respondents: 1 },
    ]);
  });

  it('ranks executive, manager, frontline, then other roles A–Z, unspecified last', () => {
    expect(roleCounts(rolesOf([...people, { role: 'manager' }, { role: 'analyst' }])).ranked.map((c) => c.role)).toEqual([
      'executive',
      'manager',
      'frontline',
      'analyst',
      'team lead',
      'unspecified',
    ]);
  });

  it('is empty without respondents', () => {
    expect(roleCounts([])).toEqual({ asFound: [], ranked: [] });
  });
});
