import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAnswer } from '../../../src/core/import/cellAnswer.js';
import { looseKey } from '../../../src/core/import/looseKey.js';
import { interpretAnswer } from '../../../src/core/model/interpretAnswer.js';
import { allQuestions, type AnswerValue, type Question } from '../../../src/core/model/model.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { byId, customers, icare } from '../../helpers/icare.js';

describe('cellAnswer', () => {
  it.each<[string, string, unknown]>([
    ['wait-apology', '4', 4],
    ['wait-apology', 'usually', 4],
    ['wait-apology', 'USUALLY ', 4],
    ['wait-apology', '4 - Usually', 4],
    ['wait-apology', '4.0', 4],
    ['thanks-read-aloud', 'weekly', 4], // its own labels
    ['standards-improved', 'Yes', 'yes'],
    ['standards-improved', 'n', 'no'],
    ['standards-improved', 'TRUE', 'yes'],
    ['approval-for-gesture', 'No', 'no'], // reverse: stored as said, scored reversed
    ['values-ranked', 'four or five values ranked in writing', 'ranked'], // a label stored as its option's key
    ['service-standards-defined', 'Known informally but not written down.', 'informal'],
    ['service-standards-defined', 'written', 'written'], // the key itself
    ['biggest-obstacle', 'Chat, concurrency\r\nand rotas', 'Chat, concurrency\nand rotas'],
  ])('%s: %j → %j', (id, cell, want) => {
    expect(cellAnswer(byId(id), cell)).toEqual({ ok: true, value: want });
  });

  it("reads a questionnaire's own scale labels (the customers' agree scale)", () => {
    const felt = allQuestions(customers).find((x) => x.id === 'felt-cared-for')!;
    expect(cellAnswer(felt, 'Strongly agree')).toEqual({ ok: true, value: 5 });
    expect(cellAnswer(felt, 'strongly disagree')).toEqual({ ok: true, value: 1 });
  });

  it.each(['n/a', 'N/A', 'na', 'NA', 'not applicable', '-'])('%j is n/a for every type', (cell) => {
    for (const id of ['wait-apology', 'standards-improved', 'values-ranked', 'biggest-obstacle']) expect(cellAnswer(byId(id), cell)).toEqual({ ok: true, value: 'n/a' });
  });

  it.each(["Don't know", 'don\u2019t know', 'dont know', 'DK', 'Unknown'])("%j is don't know for every scored type, and a comment's own words", (cell) => {
    for (const id of ['wait-apology', 'standards-improved', 'values-ranked']) expect(cellAnswer(byId(id), cell)).toEqual({ ok: true, value: 'dont-know' });
    expect(cellAnswer(byId('biggest-obstacle'), cell)).toEqual({ ok: true, value: cell });
  });

  it.each<[string, string, string]>([
    ['wait-apology', '7', 'answer-out-of-scale'],
    ['wait-apology', '3.5', 'answer-type'],
    ['wait-apology', 'Sometimez', 'answer-type'],
    ['standards-improved', 'maybe', 'answer-type'],
    ['values-ranked', 'Written down somewhere', 'unknown-option'],
  ])('%s: %j is rejected (%s)', (id, cell, rule) => {
    const r = cellAnswer(byId(id), cell);
    expect(r).toMatchObject({ ok: false, rule });
    expect(!r.ok && r.message).toContain(JSON.stringify(cell));
  });

  it('uses custom values from a map, falling back to the cell when the mapped value does not fit', () => {
    const values = new Map<string, AnswerValue>([
      [looseKey('Mostly'), 4],
      [looseKey('Yep'), 'yes'],
    ]);
    expect(cellAnswer(byId('wait-apology'), 'mostly', values)).toEqual({ ok: true, value: 4 });
    expect(cellAnswer(byId('standards-improved'), 'Yep', values)).toEqual({ ok: true, value: 'yes' });
    expect(cellAnswer(byId('standards-improved'), 'Mostly', values)).toMatchObject({ ok: false, rule: 'answer-type' });
  });

  it('reads NPS cells: 0–10 for classic, yes/no for binary', () => {
    const q = normaliseQuestionnaire({
      id: 'nps',
      title: 'NPS',
      version: 1,
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { id: 'classic', text: 'How likely…', type: 'nps' },
            { id: 'binary', text: 'Would you recommend us?', type: 'nps', variant: 'binary' },
          ],
        },
      ],
    });
    const [classic, binary] = allQuestions(q) as [Question, Question];
    expect(cellAnswer(classic, '0')).toEqual({ ok: true, value: 0 });
    expect(cellAnswer(classic, '10')).toEqual({ ok: true, value: 10 });
    expect(cellAnswer(classic, '11')).toMatchObject({ ok: false, rule: 'answer-out-of-scale' });
    expect(cellAnswer(classic, 'yes')).toMatchObject({ ok: false });
    expect(cellAnswer(binary, 'Yes')).toEqual({ ok: true, value: 'yes' });
    expect(cellAnswer(binary, 'N')).toEqual({ ok: true, value: 'no' });
    expect(cellAnswer(binary, '9')).toMatchObject({ ok: false });
  });

  it('agrees with validate: whatever import accepts, interpretAnswer accepts too', () => {
    const questions = allQuestions(icare);
    const cells = fc.oneof(
      fc.string(),
      fc.integer({ min: -3, max: 12 }).map(String),
      fc.constantFrom('Usually', 'never', 'YES', 'n', 'N/A', 'Not defined', 'Everyone', 'Weekly', '4 - Usually', '3.5', '-'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...questions), cells, (q, cell) => {
        const r = cellAnswer(q, cell.trim() === '' ? 'x' : cell);
        if (r.ok) expect(interpretAnswer(q, r.value).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
