import { describe, expect, it } from 'vitest';
import { type Question, type QuestionFile } from '../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../src/core/model/normaliseQuestionnaire.js';
import { answerChoices, choiceFor } from '../../src/prompt/answerChoices.js';

function question(q: Partial<QuestionFile>): Question {
  return normaliseQuestionnaire({ id: 'd', title: 'D', version: 1, sections: [{ id: 's', title: 'S', questions: [{ id: 'q', text: 'Q?', ...q }] }] }).sections[0]!.questions[0]!;
}

const keys = (q: Question): string => answerChoices(q).map((c) => c.key).join(' ');

describe('answerChoices', () => {
  it("gives each question type its keys, n/a and don't know always last", () => {
    expect(keys(question({}))).toBe('1 2 3 4 5 x d');
    expect(keys(question({ scale: { min: 0, max: 3 } }))).toBe('0 1 2 3 x d');
    expect(keys(question({ type: 'yesno' }))).toBe('y n x d');
    expect(keys(question({ type: 'nps' }))).toBe('0 1 2 3 4 5 6 7 8 9 10 x d');
    expect(keys(question({ type: 'nps', variant: 'binary' }))).toBe('y n x d');
    expect(keys(question({ type: 'choice', options: [{ label: 'A', score: 0 }, { label: 'B', score: 1 }] }))).toBe('1 2 x d');
    expect(answerChoices(question({ type: 'text' }))).toEqual([]);
  });

  it('stores what the answers format expects', () => {
    expect(answerChoices(question({})).map((c) => c.value)).toEqual([1, 2, 3, 4, 5, 'n/a', 'dont-know']);
    expect(answerChoices(question({ type: 'yesno' })).map((c) => c.value)).toEqual(['yes', 'no', 'n/a', 'dont-know']);
    // A choice answer is stored by its option's key, which a reworded label does not change.
    const keyed = question({ type: 'choice', options: [{ key: 'none', label: 'Not defined', score: 0 }, { key: 'written', label: 'Written down', score: 1 }] });
    expect(answerChoices(keyed).map((c) => c.value)).toEqual(['none', 'written', 'n/a', 'dont-know']);
    expect(choiceFor(keyed, 'written')?.key).toBe('2');
    expect(choiceFor(keyed, 'Written down')?.key).toBe('2');
  });

  it('names the ends of a scale without labels, and of NPS', () => {
    const bare = answerChoices(question({ scale: { min: 0, max: 10 } }));
    expect(bare[0]).toMatchObject({ key: '0', name: 'lowest', short: '0 · lowest' });
    expect(bare[5]).toMatchObject({ key: '5', name: '', short: '5' });
    expect(bare[10]).toMatchObject({ key: '10', name: 'highest', short: '10 · highest' });
    const nps = answerChoices(question({ type: 'nps' }));
    expect([nps[0]!.name, nps[10]!.name]).toEqual(['Not at all likely', 'Extremely likely']);
  });

  it('labels points "4 · Usually" once chosen, and sanitises labels', () => {
    expect(answerChoices(question({}))[3]).toMatchObject({ name: 'Usually', short: '4 · Usually' });
    const evil = question({ type: 'choice', options: [{ label: 'Bad\u001b[31m one', score: 0 }, { label: 'Ok', score: 1 }] });
    expect(answerChoices(evil)[0]).toMatchObject({ name: 'Bad one', value: 'Bad\u001b[31m one' });
  });

  it('finds the choice for an earlier answer, in any accepted spelling', () => {
    expect(choiceFor(question({ type: 'yesno' }), true)?.key).toBe('y');
    expect(choiceFor(question({ type: 'yesno' }), 'No')?.key).toBe('n');
    expect(choiceFor(question({}), 'n/a')?.key).toBe('x');
    expect(choiceFor(question({ type: 'choice', options: [{ label: 'Written', score: 1 }, { label: 'None', score: 0 }] }), 'written')?.key).toBe('1');
    expect(choiceFor(question({}), 9)).toBeUndefined();
  });
});
