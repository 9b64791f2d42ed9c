// One data row of an export → an answers file: its question cells as answers, its respondent and
// date cells as fields, every cell that cannot be read as a problem with its line and column.
import type { AnswersFile, AnswerValue } from '../model/model.js';
import { canonicalRole } from './canonicalRole.js';
import { cachedCellAnswer, MAX_TEXT, type PlanCellAnswer } from './cellAnswer.js';
import type { ColumnPlan, ImportField } from './columnPlan.js';
import { parseDate } from './parseDate.js';

export interface RowProblem {
  /** The CSV line the row starts on. */
  readonly row: number;
  /** 1-based column index. */
  readonly column: number;
  readonly header: string;
  readonly rule: string;
  readonly message: string;
}

export type RowResult =
  | { readonly answers: AnswersFile }
  | { readonly problems: readonly RowProblem[] }
  /** No question cell holds anything: a blank or abandoned response, neither written nor an error. */
  | { readonly empty: true };

const ANONYMOUS = new Set(['anonymous', 'anon']);

/**
 * One data row → an answers file, its problems, or `empty` when no question cell holds anything.
 * `row` is the CSV line the row starts on; problems carry it with the 1-based column. Pass one
 * `answer` for all the rows of a plan to read each distinct cell once.
 */
/** What a row gets beyond its cells: a default organisation, and how its respondent is identified. */
export interface RowDefaults {
  readonly organisation?: string;
  /** Write no name (--anonymise). */
  readonly anonymise?: boolean;
  /** An id from the trimmed, lower-cased e-mail (else name): the same person gets the same id. */
  readonly pseudonym?: (identity: string) => string;
}

export function convertRow(plan: ColumnPlan, cells: readonly string[], row: number, defaults: RowDefaults = {}, answer: PlanCellAnswer = cachedCellAnswer(plan)): RowResult {
  const problems: RowProblem[] = [];
  const problem = (column: number, rule: string, message: string): void => {
    problems.push({ row, column: column + 1, header: plan.headers[column] ?? '', rule, message });
  };
  const answers: Record<string, AnswerValue> = {};
  let answered = 0;
  plan.questions.forEach(({ question, column }, slot) => {
    const cell = (cells[column] ?? '').trim();
    if (cell === '') return;
    answered++;
    const r = answer(slot, question, cell);
    if (r.ok) answers[question.id] = r.value;
    else problem(column, r.rule, r.message);
  });
  if (answered === 0) return { empty: true };

  const head = rowHead(plan, cells, defaults, problem);
  if (problems.length > 0) return { problems: problems.sort((a, b) => a.column - b.column) };
  return { answers: { ...head, answers } };
}

/** What a row says besides its answers, as an answers file's fields: the status is always complete. */
export type RowHead = Omit<AnswersFile, 'answers'>;

/** The respondent, organisation and date cells of a row; their problems go to `problem`. */
export function rowHead(plan: ColumnPlan, cells: readonly string[], defaults: RowDefaults, problem: (column: number, rule: string, message: string) => void): RowHead {
  const field = (f: ImportField, skip?: (v: string) => boolean): CellText | undefined => firstCell(cells, plan.fields[f], skip);
  const checkedText = (f: ImportField, v: CellText | undefined): string | undefined => {
    if (!v) return undefined;
    if (v.value.length > MAX_TEXT) {
      problem(v.column, 'text-too-long', `${f} is longer than ${MAX_TEXT} characters`);
      return undefined;
    }
    return v.value;
  };
  const name = checkedText('name', field('name', (v) => ANONYMOUS.has(v.toLowerCase())) ?? nameFromParts(plan, cells));
  const roleText = checkedText('role', field('role'));
  const role = roleText === undefined ? undefined : canonicalRole(roleText);
  const organisation = checkedText('organisation', field('organisation')) ?? defaults.organisation;
  const dateCell = field('date');
  let date: string | undefined;
  if (dateCell) {
    const parsed = parseDate(dateCell.value, plan.dates);
    if (parsed.ok) date = parsed.date;
    else problem(dateCell.column, 'bad-date', parsed.message);
  }
  const q = plan.questionnaire;
  // The e-mail is read only to make a pseudonymous id.
  const who = defaults.pseudonym ? (field('email')?.value ?? name) : undefined;
  const id = defaults.pseudonym && who !== undefined ? defaults.pseudonym(who.trim().toLowerCase()) : undefined;
  const shownName = defaults.anonymise ? undefined : name;
  const respondent = { ...(id !== undefined && { id }), ...(shownName !== undefined && { name: shownName }), ...(role !== undefined && { role }) };
  return {
    questionnaire: q.id,
    version: q.version,
    ...(organisation !== undefined && organisation !== '' && { organisation }),
    ...(Object.keys(respondent).length > 0 && { respondent }),
    ...(date !== undefined && { date }),
    status: 'complete',
  };
}

interface CellText {
  readonly value: string;
  readonly column: number;
}

/** The first of `columns` whose cell (spaces folded) is non-empty and not skipped. */
// White space other than single spaces, which the cells are folded over (a test is cheaper than
// a replacement that changes nothing, once per cell of a million rows).
const ODD_SPACE = /\s\s|[^\S ]/;

function firstCell(cells: readonly string[], columns: readonly number[], skip: (v: string) => boolean = () => false): CellText | undefined {
  for (const column of columns) {
    const cell = cells[column] ?? '';
    const value = (ODD_SPACE.test(cell) ? cell.replace(/\s+/g, ' ') : cell).trim();
    if (value !== '' && !skip(value)) return { value, column };
  }
  return undefined;
}

/** "First Last" from the name-part columns, when any holds something. */
function nameFromParts(plan: ColumnPlan, cells: readonly string[]): CellText | undefined {
  const parts = [firstCell(cells, plan.nameParts.first), firstCell(cells, plan.nameParts.last)].filter((p) => p !== undefined);
  if (parts.length === 0) return undefined;
  return { value: parts.map((p) => p.value).join(' '), column: parts[0]!.column };
}
