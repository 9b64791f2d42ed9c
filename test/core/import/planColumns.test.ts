import { describe, expect, it } from 'vitest';
import type { ImportMap } from '../../../src/core/import/importMap.js';
import { planColumns } from '../../../src/core/import/planColumns.js';
import { allQuestions } from '../../../src/core/model/model.js';
import { byId, headerOf, icare, text } from '../../helpers/icare.js';

describe('planColumns', () => {
  it('matches every question of the Google Forms export by its text and finds the respondent columns', () => {
    const headers = headerOf('google-forms.csv');
    const plan = planColumns(icare, headers);
    expect(plan.questions.map((x) => x.question.id)).toEqual(allQuestions(icare).map((x) => x.id));
    expect(plan.fields).toEqual({ date: [0], name: [1], role: [2], organisation: [], email: [] });
    expect(plan.notes).toEqual([]);
  });

  it('reads the Microsoft Forms columns: Completion time before Start time, ID/Email/Last modified ignored quietly, loose texts matched', () => {
    const headers = headerOf('microsoft-forms.csv');
    expect(headers.slice(0, 7)).toEqual(['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'Your role']);
    expect(headers).toContain('Our service values are...'); // the questionnaire says "…"
    const plan = planColumns(icare, headers);
    expect(plan.questions).toHaveLength(allQuestions(icare).length);
    expect(plan.fields.date).toEqual([2, 1]);
    expect(plan.fields.name).toEqual([4]);
    expect(plan.fields.role).toEqual([6]);
    expect(plan.notes).toEqual([]);
  });

  it('matches ids, ids in any case, numbered headers and Google grid columns', () => {
    const plan = planColumns(icare, ['wait-apology', 'WAIT-TIME-GIVEN', `3. ${text('standards-improved')}`, `Rate us [${text('customers-interrupted')}]`, `Q5: ${text('experts-share').toUpperCase()}`]);
    expect(plan.targets.map((t) => (t.kind === 'question' ? t.question.id : t.kind))).toEqual(['wait-apology', 'wait-time-given', 'standards-improved', 'customers-interrupted', 'experts-share']);
  });

  it('ignores an unknown header with a warning that names its column', () => {
    const plan = planColumns(icare, ['Timestamp', 'Department', text('wait-apology')]);
    const note = plan.notes.find((n) => n.rule === 'unmatched-column');
    expect(note).toMatchObject({ column: 2, header: 'Department', severity: 'warning' });
    expect(plan.targets[1]).toEqual({ kind: 'ignore' });
    expect(plan.notes.find((n) => n.rule === 'question-without-column')?.message).toMatch(new RegExp(`^${allQuestions(icare).length - 1} questions have no column`));
  });

  it('refuses two columns for one question and a header with no question at all', () => {
    const dup = planColumns(icare, [text('wait-apology'), 'wait-apology']);
    expect(dup.notes.find((n) => n.severity === 'error')).toMatchObject({ column: 2, rule: 'duplicate-column' });
    const none = planColumns(icare, ['Timestamp', 'Your name', 'Favourite colour']);
    expect(none.notes.find((n) => n.severity === 'error')?.rule).toBe('no-question-columns');
  });

  it('lets a map name columns, fields and ignored columns, and warns about mapped headers that are absent', () => {
    const map: ImportMap = {
      columns: new Map([
        ['Respondent', 'name'],
        ['Q2', 'same-standard-everywhere'],
        ['Timestamp', 'ignore'],
        ['Not there', 'role'],
      ]),
      values: new Map(),
      dates: 'month-first',
    };
    const plan = planColumns(icare, ['Timestamp', 'respondent', 'Q2'], map);
    expect(plan.targets).toEqual([{ kind: 'ignore' }, { kind: 'field', field: 'name', rank: 0 }, { kind: 'question', question: byId('same-standard-everywhere') }]);
    expect(plan.fields.date).toEqual([]);
    expect(plan.notes.map((n) => n.rule)).toContain('map-column-missing');
  });
});
