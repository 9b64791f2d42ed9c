import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { normaliseAnswers } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { score } from '../../../src/core/scoring/score.js';
import { renderClosingScorecard } from '../../../src/render/assess/closingScorecard.js';
import { icare } from '../../helpers/icare.js';

const ctx = (width: number) => ({ chalk: new Chalk({ level: 0 }), width, version: '0.0.0' });
const levels = icare.levels.map((l) => l.name);

describe('renderClosingScorecard', () => {
  it('gives a one-answer in-progress file no level and no "on target" anywhere', () => {
    const r = score(icare, [normaliseAnswers({ questionnaire: 'icare', status: 'in-progress', answers: { 'same-standard-everywhere': 5 } }, 'a.yaml')]);
    expect(r.score).toBe(100);
    const text = renderClosingScorecard(r, ctx(80));
    // The title ("ICARE: Legendary Service") aside, no level name appears.
    const body = text.split('\n').slice(1).join('\n');
    for (const name of levels) expect(body).not.toContain(name);
    expect(text).not.toMatch(/on target|meets its target/);
    expect(text).toContain('needs more answers');
    expect(text).toContain('None yet: no section has enough answers for a verdict.');
  });

  it('lists the first actions in the action plan’s order, across sections', () => {
    const q = normaliseQuestionnaire({
      id: 'two',
      title: 'Two',
      version: 1,
      sections: [
        { id: 'a', title: 'Alpha', questions: [{ id: 'a1', text: 'A one', recommendation: 'r' }, { id: 'a2', text: 'A two', recommendation: 'r' }, { id: 'a3', text: 'A three', recommendation: 'r' }] },
        { id: 'b', title: 'Beta', weight: 3, questions: [{ id: 'b1', text: 'B one', recommendation: 'r' }] },
      ],
    });
    const r = score(q, [normaliseAnswers({ questionnaire: 'two', answers: { a1: 2, a2: 2, a3: 3, b1: 3 } }, 'a.yaml')]);
    const text = renderClosingScorecard(r, ctx(80));
    const listed = [...text.matchAll(/^ {2}\d\. (.+)$/gm)].map((m) => m[1]);
    expect(listed).toEqual(r.actions.slice(0, 3).map((a) => a.text));
    expect(listed[0]).toBe('B one');
    expect(text).toContain('First in the action plan (the report’s order)');
  });

  it('fits 60, 80 and 120 columns', () => {
    const r = score(icare, [normaliseAnswers({ questionnaire: 'icare', answers: Object.fromEntries(icare.sections.flatMap((s) => s.questions.filter((x) => x.type === 'scale').map((x) => [x.id, 2]))) }, 'a.yaml')]);
    for (const width of [60, 80, 120]) for (const line of renderClosingScorecard(r, ctx(width)).split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
  });
});
