// What one cell of a question column answers: the cell's text read as the question's type
// (numbers, scale labels, "4 - Usually", yes/no, option labels or keys, n/a, don't know), then
// checked by interpretAnswer exactly as validate checks a file.
import { interpretAnswer, parseYesNo } from '../model/interpretAnswer.js';
import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue, type Question } from '../model/model.js';
import type { ColumnPlan } from './columnPlan.js';
import { looseKey } from './looseKey.js';
import { quoted } from './quoted.js';

/** The schema's bound on any text in an answers file. */
export const MAX_TEXT = 10_000;

export type CellResult = { readonly ok: true; readonly value: AnswerValue } | { readonly ok: false; readonly rule: string; readonly message: string };

// Cells meaning "does not apply here" and "cannot judge", compared after looseKey (so "N/A",
// "Don't know." and "don’t know" all count). "-" is checked before looseKey, which keeps it.
const NOT_APPLICABLE_CELLS = new Set(['n/a', 'na', 'n.a', 'not applicable', 'does not apply', '-', '\u2013', '\u2014']);
const DONT_KNOW_CELLS = new Set(["don't know", 'dont know', 'do not know', 'dont-know', 'dk', 'unknown', 'not sure', "can't say", 'cannot say']);

/**
 * n/a (any question), don't know (not a comment, where it is the respondent's own words), or
 * neither; the longest spelling is short, so long cells (comments) skip the work.
 */
function unscoredCell(q: Question, cell: string): AnswerValue | undefined {
  if (cell.length > 20) return undefined;
  const k = looseKey(cell);
  return NOT_APPLICABLE_CELLS.has(k) ? NOT_APPLICABLE : DONT_KNOW_CELLS.has(k) && q.type !== 'text' ? DONT_KNOW : undefined;
}

const INTEGER = /^[+-]?\d+(?:\.0+)?$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const NUMBERED_LABEL = /^([+-]?\d+)\s*[-\u2013\u2014:.)]\s*(.+)$/;

/** The value a scale cell names: a number, a label, or "4 - Usually". */
function scaleValue(q: Question, cell: string): AnswerValue {
  if (INTEGER.test(cell)) return Number(cell);
  if (NUMBER.test(cell)) return Number(cell); // interpretAnswer explains why 3.5 is not allowed
  const k = looseKey(cell);
  for (const [point, label] of Object.entries(q.scale.labels)) if (looseKey(label) === k) return Number(point);
  const m = NUMBERED_LABEL.exec(cell);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const point = Number(m[1]);
    const label = q.scale.labels[point];
    if (label !== undefined && looseKey(label) === looseKey(m[2])) return point;
  }
  return cell;
}

function candidate(q: Question, cell: string): AnswerValue {
  switch (q.type) {
    case 'text':
      return cell.replace(/\r\n?/g, '\n');
    case 'yesno':
      return parseYesNo(looseKey(cell)) ?? cell;
    case 'nps':
      return q.variant === 'binary' ? (parseYesNo(looseKey(cell)) ?? cell) : scaleValue(q, cell);
    case 'choice': {
      const k = looseKey(cell);
      const option = q.options.find((o) => looseKey(o.label) === k) ?? q.options.find((o) => o.key !== undefined && looseKey(o.key) === k);
      return option ? (option.key ?? option.label) : cell;
    }
    case 'rating':
    case 'scale':
      return scaleValue(q, cell);
  }
}

/** What the answers file stores for an accepted value: an option's key (else label), yes/no, or the number. */
function canonical(q: Question, value: AnswerValue): CellResult {
  const meaning = interpretAnswer(q, value);
  if (!meaning.ok) return meaning;
  switch (meaning.kind) {
    case 'na':
      return { ok: true, value: NOT_APPLICABLE };
    case 'dont-know':
      return { ok: true, value: DONT_KNOW };
    case 'rating':
      return { ok: true, value: meaning.raw };
    case 'text':
      return meaning.text.length > MAX_TEXT ? { ok: false, rule: 'text-too-long', message: `text is longer than ${MAX_TEXT} characters` } : { ok: true, value: meaning.text };
    case 'scored': {
      const raw = meaning.raw;
      if (typeof raw === 'boolean') return { ok: true, value: raw ? 'yes' : 'no' };
      const option = typeof raw === 'string' ? q.options.find((o) => o.label === raw) : undefined;
      return { ok: true, value: option ? (option.key ?? option.label) : raw };
    }
    case 'nps':
      return { ok: true, value: typeof meaning.nps === 'boolean' ? (meaning.nps ? 'yes' : 'no') : meaning.nps };
  }
}

/** One non-empty cell of a question column → the answer, checked by interpretAnswer as validate does. */
export function cellAnswer(q: Question, cell: string, values: ReadonlyMap<string, AnswerValue> = new Map()): CellResult {
  const mapped = values.size > 0 ? values.get(looseKey(cell)) : undefined;
  if (mapped !== undefined) {
    const r = canonical(q, mapped);
    if (r.ok) return r;
  }
  const unscored = unscoredCell(q, cell);
  if (unscored !== undefined) return { ok: true, value: unscored };
  const r = canonical(q, candidate(q, cell));
  if (r.ok) return r;
  const hint = q.type === 'scale' && Object.keys(q.scale.labels).length > 0 ? `; labels: ${Object.values(q.scale.labels).join(', ')}` : '';
  return { ok: false, rule: r.rule, message: `${quoted(cell)} is not a valid answer: ${r.message}${hint}` };
}

/** cellAnswer for the question columns of one plan: `slot` is the index in `plan.questions`. */
export type PlanCellAnswer = (slot: number, q: Question, cell: string) => CellResult;

// Distinct cells per question are few in real exports (scale points, labels, options), so each
// column remembers what it has seen; bounded so free-text columns cannot grow it without limit.
const CACHE_LIMIT = 256;

/** cellAnswer with the plan's --map values, remembering the answer of each distinct cell per column. */
export function cachedCellAnswer(plan: ColumnPlan): PlanCellAnswer {
  const perColumn = plan.questions.map(() => new Map<string, CellResult>());
  return (slot, q, cell) => {
    if (q.type === 'text') return cellAnswer(q, cell, plan.values);
    const cache = perColumn[slot] as Map<string, CellResult>;
    let r = cache.get(cell);
    if (r === undefined) {
      r = cellAnswer(q, cell, plan.values);
      if (cache.size < CACHE_LIMIT) cache.set(cell, r);
    }
    return r;
  };
}
