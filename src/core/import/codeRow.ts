// One data row of an export → what a report keeps of it (`icare report export.csv`): its answers
// as a row of codes, its text answers, and its head; no answers file is made. Each cell is read by
// the same cellAnswer as import's, and coded by the layout as validate codes a file's answers.
import type { Remark } from '../checks/answersRules.js';
import { newRow, type CodeRow, type Layout } from '../model/layout.js';
import type { Question } from '../model/model.js';
import { cellAnswer } from './cellAnswer.js';
import type { ColumnPlan } from './columnPlan.js';
import { rowHead, type RowDefaults, type RowHead, type RowProblem } from './convertRow.js';

export interface CodedRecord {
  readonly head: RowHead;
  readonly row: CodeRow;
  readonly comments: readonly Remark[];
}

export type CodedRow = { readonly record: CodedRecord } | { readonly problems: readonly RowProblem[] } | { readonly empty: true };

type CellCode = { readonly ok: true; readonly code: number; readonly text?: string } | { readonly ok: false; readonly rule: string; readonly message: string };

/** Codes the non-empty cell of the plan's `i`th question column, whose layout slot is slots[i]. */
export interface CellCoder {
  readonly slots: readonly number[];
  code(i: number, cell: string): CellCode;
}

// Distinct cells per column are few (scale points, labels, options); bounded for odd columns.
const CACHE_LIMIT = 256;

/** Codes cells for `layout`, remembering each distinct cell per column (text is never remembered). */
export function cellCoder(plan: ColumnPlan, layout: Layout): CellCoder {
  const slots = plan.questions.map(({ question }) => layout.byId.get(question.id)!);
  const caches = plan.questions.map(() => new Map<string, CellCode>());
  const codeOf = (i: number, q: Question, cell: string): CellCode => {
    const a = cellAnswer(q, cell, plan.values);
    if (!a.ok) return a;
    const c = layout.codeOf(slots[i]!, a.value);
    if (!c.ok) return c;
    return c.meaning.kind === 'text' ? { ok: true, code: c.code, text: c.meaning.text } : { ok: true, code: c.code };
  };
  const questions = plan.questions.map((x) => x.question);
  const isText = questions.map((q) => q.type === 'text');
  // Most cells are one ASCII character (a scale point): looked up by its code, not hashed for a map.
  const singles = plan.questions.map((): (CellCode | undefined)[] => []);
  const code = (i: number, cell: string): CellCode => {
    const q = questions[i]!;
    if (isText[i]) return codeOf(i, q, cell);
    const c = cell.length === 1 ? cell.charCodeAt(0) : 128;
    if (c < 128) return (singles[i]![c] ??= codeOf(i, q, cell));
    const cache = caches[i]!;
    let r = cache.get(cell);
    if (r === undefined) {
      r = codeOf(i, q, cell);
      if (cache.size < CACHE_LIMIT) cache.set(cell, r);
    }
    return r;
  };
  return { slots: slots.map((s) => s.index), code };
}

/** convertRow's rules (the same problems, the same empty rows), giving codes instead of a file. */
export function codeRow(plan: ColumnPlan, layout: Layout, cells: readonly string[], row: number, defaults: RowDefaults, coder: CellCoder = cellCoder(plan, layout)): CodedRow {
  const problems: RowProblem[] = [];
  const problem = (column: number, rule: string, message: string): void => {
    problems.push({ row, column: column + 1, header: plan.headers[column] ?? '', rule, message });
  };
  const codes = newRow(layout);
  const comments: Remark[] = [];
  let answered = 0;
  const questions = plan.questions;
  for (let i = 0; i < questions.length; i++) {
    const column = questions[i]!.column;
    const cell = (cells[column] ?? '').trim();
    if (cell === '') continue;
    answered++;
    const r = coder.code(i, cell);
    if (!r.ok) {
      problem(column, r.rule, r.message);
      continue;
    }
    const slot = coder.slots[i]!;
    codes[slot] = r.code;
    if (r.text !== undefined) comments.push({ question: slot, text: r.text });
  }
  if (answered === 0) return { empty: true };
  const head = rowHead(plan, cells, defaults, problem);
  if (problems.length > 0) return { problems: problems.sort((a, b) => a.column - b.column) };
  return { record: { head, row: codes, comments } };
}
