// What the text formats of `icare compare` say alike: level changes, which sections moved which
// way, and the questions that rose and fell most.
import type { QuestionChange, ScoreChange } from '../../core/scoring/compare.js';
import type { ChangeDirection } from '../../core/scoring/noise.js';
import { typicalText } from '../text/honestWords.js';
import type { CompareReport } from './result.js';

/** "Developing", "Reactive → Established"; "–" where a side has no level (no verdict). */
export function levelChange(c: Pick<ScoreChange, 'levelBefore' | 'levelAfter'>): string {
  return c.levelBefore === c.levelAfter ? (c.levelAfter ?? '–') : `${c.levelBefore ?? '–'} → ${c.levelAfter ?? '–'}`;
}

/** The sections that improved, regressed and stayed within the noise, in that order. */
export function sectionsBy(r: CompareReport): [ChangeDirection, ScoreChange[]][] {
  const by = (d: ChangeDirection): ScoreChange[] => r.sections.filter((s) => s.direction === d);
  const noise = by('within-noise');
  return [['improved', by('improved')], ['regressed', by('regressed')], ...(noise.length ? [['within-noise', noise] as [ChangeDirection, ScoreChange[]]] : [])];
}

/** The questions that rose most and those that fell most (each keeps its own direction). */
export function risesAndFalls(r: CompareReport): [string, QuestionChange[]][] {
  return [
    ['Largest rises by question', r.questions.filter((q) => q.change > 0)],
    ['Largest falls by question', r.questions.filter((q) => q.change < 0)],
  ];
}

/** What people typically answered on each side: "mostly Rarely → mostly Usually"; "" when unknown. */
export function typicalChange(r: CompareReport, q: QuestionChange): string {
  const find = (side: CompareReport['before']) => side.sections.find((s) => s.id === q.section)?.questions.find((x) => x.id === q.question);
  const before = find(r.before);
  const after = find(r.after);
  const b = before ? typicalText(before.answers) : '';
  const a = after ? typicalText(after.answers) : '';
  return b && a ? `${b} → ${a}` : '';
}

/** Each side's warnings as "Before: …" / "After: …" sentences; none when both sides are clean. */
export function sideWarnings(r: CompareReport): string[] {
  return [
    ...r.warnings.before.map((w) => `Before: ${w.message}`),
    ...r.warnings.after.map((w) => `After: ${w.message}`),
  ];
}
