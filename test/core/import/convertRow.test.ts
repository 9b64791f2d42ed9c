import { describe, expect, it } from 'vitest';
import type { ColumnPlan } from '../../../src/core/import/columnPlan.js';
import { convertRow } from '../../../src/core/import/convertRow.js';
import { planColumns } from '../../../src/core/import/planColumns.js';
import { answersOf, icare, inQuestionnaireOrder, text } from '../../helpers/icare.js';

describe('convertRow', () => {
  const headers = ['Timestamp', 'Your name', 'Your role', 'Organisation', text('wait-apology'), text('standards-improved'), text('values-ranked'), text('biggest-obstacle')];
  const plan: ColumnPlan = planColumns(icare, headers);

  it('builds an answers file, answers in the questionnaire order', () => {
    const a = answersOf(convertRow(plan, ['2026/11/16 9:14:02 AM GMT', 'Dana Lee', 'Frontline', 'Acme', 'Usually', 'No', 'a long list with no order', 'Rotas'], 2));
    expect(a).toEqual({
      questionnaire: 'icare',
      version: icare.version,
      organisation: 'Acme',
      respondent: { name: 'Dana Lee', role: 'frontline' },
      date: '2026-11-16',
      status: 'complete',
      answers: { 'wait-apology': 4, 'standards-improved': 'no', 'values-ranked': 'long-list', 'biggest-obstacle': 'Rotas' },
    });
    // The questionnaire's order, not the columns' (standards-improved comes before wait-apology).
    expect(Object.keys(a.answers)).toEqual(inQuestionnaireOrder(['wait-apology', 'standards-improved', 'values-ranked', 'biggest-obstacle']));
    expect(Object.keys(a.answers)).not.toEqual(['wait-apology', 'standards-improved', 'values-ranked', 'biggest-obstacle']);
  });

  it('leaves empty cells unanswered and uses the default organisation only when the row has none', () => {
    const a = answersOf(convertRow(plan, ['', '', '', '', '3', '', '', 'Rotas'], 7, { organisation: 'Default Org' }));
    expect(a).toEqual({ questionnaire: 'icare', version: icare.version, organisation: 'Default Org', status: 'complete', answers: { 'wait-apology': 3, 'biggest-obstacle': 'Rotas' } });
    expect(answersOf(convertRow(plan, ['', '', '', 'Acme', '3', '', '', ''], 7, { organisation: 'Default Org' })).organisation).toBe('Acme');
  });

  it('folds white space in the head cells: runs, tabs, line breaks and non-breaking spaces become one space', () => {
    for (const [cell, name] of [
      [' Dana  Lee ', 'Dana Lee'],
      ['Dana\tLee', 'Dana Lee'],
      ['Dana\n\nLee', 'Dana Lee'],
      ['Dana\u00a0Lee', 'Dana Lee'],
      ['Dana Lee', 'Dana Lee'],
      ['   ', undefined],
    ] as const) {
      expect(answersOf(convertRow(plan, ['', cell, 'Manager', '', '3', '', '', ''], 2)).respondent, JSON.stringify(cell)).toEqual({ ...(name && { name }), role: 'manager' });
    }
  });

  it('drops the "anonymous" name Microsoft Forms writes for anonymous forms', () => {
    const ms = planColumns(icare, ['Name', text('wait-apology')]);
    expect(answersOf(convertRow(ms, ['anonymous', '3'], 2)).respondent).toBeUndefined();
  });

  it('reports every bad cell of a row with its line and 1-based column', () => {
    const r = convertRow(plan, ['16/11/2026 09:14', 'Dana', '', '', '7', 'maybe', 'Not defined', ''], 12);
    expect('problems' in r && r.problems.map((p) => [p.row, p.column, p.rule, p.header])).toEqual([
      [12, 1, 'bad-date', 'Timestamp'],
      [12, 5, 'answer-out-of-scale', text('wait-apology')],
      [12, 6, 'answer-type', text('standards-improved')],
    ]);
  });

  it('treats a row without any question cell as empty, not as an error', () => {
    expect(convertRow(plan, ['2026/11/16 9:14:02 AM GMT', 'Dana', 'Manager', '', ' ', '', '', ''], 3)).toEqual({ empty: true });
  });
});
