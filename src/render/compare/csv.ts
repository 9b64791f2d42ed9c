// `icare compare --format csv`: the report's tidy rows for each side (group "before" and "after"),
// and on the "after" rows the change, its noise and its direction.
import type { ScoreChange } from '../../core/scoring/compare.js';
import { csvText, type CsvCell } from '../csv/csvText.js';
import { CSV_HEAD, scoreRows } from '../report/csv.js';
import { DIRECTION_WORDS } from '../text/honestWords.js';
import type { CompareReport } from './result.js';

function changeCells(c: Pick<ScoreChange, 'change' | 'noise' | 'direction'> | undefined): CsvCell[] {
  return c ? [c.change, c.noise, DIRECTION_WORDS[c.direction]] : [null, null, null];
}

export function csv(r: CompareReport): string {
  const before = scoreRows(r.before, 'before').map((row) => [...row, ...changeCells(undefined)]);
  // scoreRows lists the overall, then each section followed by its questions: match them by position.
  const keys: { section?: string; question?: string }[] = [{}];
  for (const s of r.after.sections.filter((x) => x.scored)) {
    keys.push({ section: s.id });
    for (const q of s.questions.filter((y) => y.scored)) keys.push({ section: s.id, question: q.id });
  }
  const after = scoreRows(r.after, 'after').map((row, i) => {
    const k = keys[i]!;
    const change = k.section === undefined ? r.overall : k.question === undefined ? r.sections.find((s) => s.id === k.section) : r.questions.find((q) => q.section === k.section && q.question === k.question);
    return [...row, ...changeCells(change)];
  });
  return csvText([...CSV_HEAD, 'change', 'noise', 'direction'], [...before, ...after]);
}
