import { describe, expect, it } from 'vitest';
import { convertRow } from '../../../src/core/import/convertRow.js';
import { mergeSubHeaders } from '../../../src/core/import/mergeSubHeaders.js';
import { planColumns } from '../../../src/core/import/planColumns.js';
import { answersOf, icare, inQuestionnaireOrder, text } from '../../helpers/icare.js';

describe('mergeSubHeaders (SurveyMonkey’s second header row)', () => {
  const first = ['Respondent ID', 'Start Date', 'First Name', 'Last Name', 'What is your role?', text('standards-improved'), 'How often is each of these true?', '', text('service-story')];
  const second = ['', '', '', '', 'Response', 'Response', text('wait-apology'), text('wait-time-given'), 'Open-Ended Response'];

  it('names a matrix column "Question [Row]" and keeps single questions as they are', () => {
    const merged = mergeSubHeaders(first, second);
    expect(merged).toEqual([
      'Respondent ID',
      'Start Date',
      'First Name',
      'Last Name',
      'What is your role?',
      text('standards-improved'),
      `How often is each of these true? [${text('wait-apology')}]`,
      `How often is each of these true? [${text('wait-time-given')}]`,
      text('service-story'),
    ]);
    const plan = planColumns(icare, merged!);
    expect(plan.questions.map((x) => x.question.id)).toEqual(inQuestionnaireOrder(['wait-apology', 'standards-improved', 'wait-time-given', 'service-story']));
    expect(plan.nameParts).toEqual({ first: [2], last: [3] });
    expect(plan.fields.role).toEqual([4]);
    expect(plan.notes.filter((n) => n.rule === 'unmatched-column')).toEqual([]);
  });

  it('leaves a row of answers alone, even one holding the word "Response"', () => {
    expect(mergeSubHeaders(first, ['118302756641', '11/16/2026 08:41:17 AM', 'Dana', 'Lee', 'Manager', 'Yes', 'Usually', 'Response', 'Fine'])).toBeUndefined();
    expect(mergeSubHeaders(['A', 'B'], ['Usually', 'Sometimes'])).toBeUndefined();
  });

  it('joins First Name and Last Name when no column holds the whole name', () => {
    const headers = ['First Name', 'Last Name', text('standards-improved')];
    const plan = planColumns(icare, headers);
    expect(answersOf(convertRow(plan, ['Dana', ' Lee ', 'Yes'], 3)).respondent).toEqual({ name: 'Dana Lee' });
    expect(answersOf(convertRow(plan, ['', 'Lee', 'Yes'], 3)).respondent).toEqual({ name: 'Lee' });
    expect(answersOf(convertRow(plan, ['', '', 'Yes'], 3)).respondent).toBeUndefined();
    const withName = planColumns(icare, ['Name', ...headers]);
    expect(answersOf(convertRow(withName, ['Dana Lee-Smith', 'Dana', 'Lee', 'Yes'], 3)).respondent).toEqual({ name: 'Dana Lee-Smith' });
  });
});
