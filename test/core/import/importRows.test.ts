import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImportMap } from '../../../src/core/import/importMap.js';
import { cellAnswer, convertRow, looseKey, mergeSubHeaders, normaliseRole, parseDate, planColumns, type ColumnPlan, type ImportMap } from '../../../src/core/import/importRows.js';
import { interpretAnswer } from '../../../src/core/model/interpretAnswer.js';
import { expandPaths } from '../../../src/shell/files.js';
import { loadCatalogFiles } from '../../../src/shell/catalog.js';
import { allQuestions, normaliseQuestionnaire, type AnswersFile, type AnswerValue, type Question, type Questionnaire } from '../../../src/core/model/model.js';
import { FIXTURES, ROOT } from '../../helpers/cli.js';

const { catalog } = loadCatalogFiles(await expandPaths(['questionnaires'], ROOT), [], ROOT);
const icare = catalog.get('icare') as Questionnaire;
const byId = (id: string): Question => allQuestions(icare).find((x) => x.id === id) as Question;
const text = (id: string): string => byId(id).text;

/** The header row of a fixture, parsed the simple way (the fixtures' headers hold no newlines). */
function headerOf(name: string): string[] {
  const first = readFileSync(join(FIXTURES, 'import', name), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0] ?? '';
  const cells: string[] = [];
  for (const m of first.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
  return cells;
}

function answersOf(r: ReturnType<typeof convertRow>): AnswersFile {
  if (!('answers' in r)) throw new Error(`expected answers, got ${JSON.stringify(r)}`);
  return r.answers;
}

describe('looseKey', () => {
  it.each([
    ['Our service values are…', 'our service values are'],
    ['Our service values are...', 'our service values are'],
    ['  Customers  get the\u00a0same care.  ', 'customers get the same care'],
    ['Don\u2019t know', "don't know"],
    ['Usually', 'usually'],
    ['-', '-'],
  ])('%j → %j', (input, want) => expect(looseKey(input)).toBe(want));
});

describe('planColumns', () => {
  it('matches every question of the Google Forms export by its text and finds the respondent columns', () => {
    const headers = headerOf('google-forms.csv');
    const plan = planColumns(icare, headers);
    expect(plan.questions.map((x) => x.question.id)).toEqual(allQuestions(icare).map((x) => x.id));
    expect(plan.fields).toEqual({ date: [0], name: [1], role: [2], organisation: [] });
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
    const plan = planColumns(icare, ['care-on-busy-days', 'WAIT-EXPLAINED', `3. ${text('standards-improved')}`, `Rate us [${text('history-visible')}]`, `Q5: ${text('experts-share').toUpperCase()}`]);
    expect(plan.targets.map((t) => (t.kind === 'question' ? t.question.id : t.kind))).toEqual(['care-on-busy-days', 'wait-explained', 'standards-improved', 'history-visible', 'experts-share']);
  });

  it('ignores an unknown header with a warning that names its column', () => {
    const plan = planColumns(icare, ['Timestamp', 'Department', text('care-on-busy-days')]);
    const note = plan.notes.find((n) => n.rule === 'unmatched-column');
    expect(note).toMatchObject({ column: 2, header: 'Department', severity: 'warning' });
    expect(plan.targets[1]).toEqual({ kind: 'ignore' });
    expect(plan.notes.find((n) => n.rule === 'question-without-column')?.message).toMatch(new RegExp(`^${allQuestions(icare).length - 1} questions have no column`));
  });

  it('refuses two columns for one question and a header with no question at all', () => {
    const dup = planColumns(icare, [text('care-on-busy-days'), 'care-on-busy-days']);
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

describe('cellAnswer', () => {
  it.each<[string, string, unknown]>([
    ['care-on-busy-days', '4', 4],
    ['care-on-busy-days', 'usually', 4],
    ['care-on-busy-days', 'USUALLY ', 4],
    ['care-on-busy-days', '4 - Usually', 4],
    ['care-on-busy-days', '4.0', 4],
    ['thanks-read-aloud', 'weekly', 4], // its own labels
    ['vision-same-meaning', 'Strongly agree', 5],
    ['standards-improved', 'Yes', 'yes'],
    ['standards-improved', 'n', 'no'],
    ['standards-improved', 'TRUE', 'yes'],
    ['approval-for-gesture', 'No', 'no'], // reverse: stored as said, scored reversed
    ['values-ranked', 'four or five values ranked in writing', 'Four or five values ranked in writing'],
    ['service-standards-defined', 'Known informally but not written down.', 'Known informally but not written down'],
    ['biggest-obstacle', 'Chat, concurrency\r\nand rotas', 'Chat, concurrency\nand rotas'],
  ])('%s: %j → %j', (id, cell, want) => {
    expect(cellAnswer(byId(id), cell)).toEqual({ ok: true, value: want });
  });

  it.each(['n/a', 'N/A', 'na', 'NA', 'not applicable', "Don't know", 'don\u2019t know', 'dont know', '-'])('%j is n/a for every type', (cell) => {
    for (const id of ['care-on-busy-days', 'standards-improved', 'values-ranked', 'biggest-obstacle']) expect(cellAnswer(byId(id), cell)).toEqual({ ok: true, value: 'n/a' });
  });

  it.each<[string, string, string]>([
    ['care-on-busy-days', '7', 'answer-out-of-scale'],
    ['care-on-busy-days', '3.5', 'answer-type'],
    ['care-on-busy-days', 'Sometimez', 'answer-type'],
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
    expect(cellAnswer(byId('care-on-busy-days'), 'mostly', values)).toEqual({ ok: true, value: 4 });
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

describe('parseDate', () => {
  it.each([
    ['2026/11/16 9:14:02 AM GMT', '2026-11-16'], // Google Forms CSV download
    ['2026/11/16 11:30:00 PM GMT+1', '2026-11-16'], // the date as written, no zone conversion
    ['11/16/2026 09:14:02', '2026-11-16'], // Google Sheets, en-US
    ['11/16/26 9:14:02', '2026-11-16'], // Microsoft Forms via Excel, en-US
    ['3/4/2026', '2026-03-04'], // month first
    ['2026-11-16', '2026-11-16'],
    ['2026-11-16T09:14:02.000Z', '2026-11-16'],
    ['2026-11-16 09:14', '2026-11-16'],
    ['2028-02-29', '2028-02-29'],
  ])('%j → %s', (cell, want) => expect(parseDate(cell)).toEqual({ ok: true, date: want }));

  it('reads day-first dates only when told to', () => {
    expect(parseDate('16/11/2026 09:14:02', 'day-first')).toEqual({ ok: true, date: '2026-11-16' });
    expect(parseDate('3/4/2026', 'day-first')).toEqual({ ok: true, date: '2026-04-03' });
    const r = parseDate('16/11/2026 09:14:02');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/not a valid date when read month-first; .*dates: day-first/);
  });

  it.each(['02/30/2026', '2027-02-29', '13/13/2026', 'Nov 16, 2026', 'yesterday', '2026/11/16 lunchtime', '11/16'])('%j is a problem, not a guess', (cell) => {
    expect(parseDate(cell).ok).toBe(false);
  });
});

describe('normaliseRole', () => {
  it.each([
    ['Frontline', 'frontline'],
    ['Front-line', 'frontline'],
    ['front line', 'frontline'],
    ['MANAGER', 'manager'],
    ['Team lead', 'Team lead'],
  ])('%j → %j', (input, want) => expect(normaliseRole(input)).toBe(want));
});

describe('convertRow', () => {
  const headers = ['Timestamp', 'Your name', 'Your role', 'Organisation', text('care-on-busy-days'), text('standards-improved'), text('values-ranked'), text('biggest-obstacle')];
  const plan: ColumnPlan = planColumns(icare, headers);

  it('builds an answers file, answers in the questionnaire order', () => {
    const a = answersOf(convertRow(plan, ['2026/11/16 9:14:02 AM GMT', 'Dana Lee', 'Frontline', 'Acme', 'Usually', 'No', 'a long list with no order', 'Rotas'], 2));
    expect(a).toEqual({
      questionnaire: 'icare',
      version: 1,
      organisation: 'Acme',
      respondent: { name: 'Dana Lee', role: 'frontline' },
      date: '2026-11-16',
      status: 'complete',
      answers: { 'care-on-busy-days': 4, 'standards-improved': 'no', 'values-ranked': 'A long list with no order', 'biggest-obstacle': 'Rotas' },
    });
    expect(Object.keys(a.answers)).toEqual(['care-on-busy-days', 'standards-improved', 'values-ranked', 'biggest-obstacle']);
  });

  it('leaves empty cells unanswered and uses the default organisation only when the row has none', () => {
    const a = answersOf(convertRow(plan, ['', '', '', '', '3', '', '', 'Rotas'], 7, { organisation: 'Default Org' }));
    expect(a).toEqual({ questionnaire: 'icare', version: 1, organisation: 'Default Org', status: 'complete', answers: { 'care-on-busy-days': 3, 'biggest-obstacle': 'Rotas' } });
    expect(answersOf(convertRow(plan, ['', '', '', 'Acme', '3', '', '', ''], 7, { organisation: 'Default Org' })).organisation).toBe('Acme');
  });

  it('drops the "anonymous" name Microsoft Forms writes for anonymous forms', () => {
    const ms = planColumns(icare, ['Name', text('care-on-busy-days')]);
    expect(answersOf(convertRow(ms, ['anonymous', '3'], 2)).respondent).toBeUndefined();
  });

  it('reports every bad cell of a row with its line and 1-based column', () => {
    const r = convertRow(plan, ['16/11/2026 09:14', 'Dana', '', '', '7', 'maybe', 'Not defined', ''], 12);
    expect('problems' in r && r.problems.map((p) => [p.row, p.column, p.rule, p.header])).toEqual([
      [12, 1, 'bad-date', 'Timestamp'],
      [12, 5, 'answer-out-of-scale', text('care-on-busy-days')],
      [12, 6, 'answer-type', text('standards-improved')],
    ]);
  });

  it('treats a row without any question cell as empty, not as an error', () => {
    expect(convertRow(plan, ['2026/11/16 9:14:02 AM GMT', 'Dana', 'Manager', '', ' ', '', '', ''], 3)).toEqual({ empty: true });
  });
});

describe('parseImportMap', () => {
  const file = 'map.yaml';
  it('reads columns, values and the date order', () => {
    const r = parseImportMap('columns:\n  Who: name\n  Q1: care-on-busy-days\n  Ref: ignore\nvalues:\n  Mostly: 4\n  Yep: yes\ndates: day-first\n', file, icare);
    expect(r.ok && r.map).toEqual({
      columns: new Map([
        ['Who', 'name'],
        ['Q1', 'care-on-busy-days'],
        ['Ref', 'ignore'],
      ]),
      values: new Map<string, unknown>([
        ['Mostly', 4],
        ['Yep', 'yes'],
      ]),
      dates: 'day-first',
    });
  });

  it('points at an unknown question id, an unknown key and a bad date order', () => {
    const r = parseImportMap('columns:\n  Q1: care-on-busy-days\n  Q2: no-such-question\nwhen: today\ndates: sideways\n', file, icare);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.findings.map((f) => [f.line, f.column, f.rule])).toEqual([
      [3, 7, 'unknown-question'],
      [4, 1, 'unknown-key'],
      [5, 8, 'map-shape'],
    ]);
  });

  it('gives YAML syntax errors with their position', () => {
    const r = parseImportMap('columns:\n  Q1: [unclosed\n', file, icare);
    expect(!r.ok && r.findings[0]).toMatchObject({ file, rule: 'yaml-syntax', severity: 'error' });
  });
});

describe('mergeSubHeaders (SurveyMonkey’s second header row)', () => {
  const first = ['Respondent ID', 'Start Date', 'First Name', 'Last Name', 'What is your role?', text('standards-improved'), 'How often is each of these true?', '', text('service-story')];
  const second = ['', '', '', '', 'Response', 'Response', text('care-on-busy-days'), text('wait-explained'), 'Open-Ended Response'];

  it('names a matrix column "Question [Row]" and keeps single questions as they are', () => {
    const merged = mergeSubHeaders(first, second);
    expect(merged).toEqual([
      'Respondent ID',
      'Start Date',
      'First Name',
      'Last Name',
      'What is your role?',
      text('standards-improved'),
      `How often is each of these true? [${text('care-on-busy-days')}]`,
      `How often is each of these true? [${text('wait-explained')}]`,
      text('service-story'),
    ]);
    const plan = planColumns(icare, merged!);
    expect(plan.questions.map((x) => x.question.id)).toEqual(['care-on-busy-days', 'standards-improved', 'wait-explained', 'service-story']);
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
