// Two rounds of the same questionnaire, side by side.
import type { ScoreResult } from './score.js';

export const CHANGE_DIRECTIONS = ['improved', 'regressed', 'unchanged', 'not-comparable'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

export interface ScoreChange {
  readonly id: string;
  readonly title: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before, in points; null when either side was not assessed. */
  readonly change: number | null;
  readonly levelBefore: string | null;
  readonly levelAfter: string | null;
  readonly direction: ChangeDirection;
}

export interface QuestionChange {
  readonly question: string;
  readonly section: string;
  readonly text: string;
  readonly before: number;
  readonly after: number;
  readonly change: number;
}

export interface CompareResult {
  readonly questionnaire: ScoreResult['questionnaire'];
  readonly before: ScoreResult;
  readonly after: ScoreResult;
  readonly overall: ScoreChange;
  /** Improved and regressed sections first (largest change first), then the rest in file order. */
  readonly sections: readonly ScoreChange[];
  /** Questions with the largest absolute change, largest first. */
  readonly questions: readonly QuestionChange[];
}

/** Changes smaller than this (half the shown precision) read as unchanged. */
const EPSILON = 0.05;

function change(id: string, title: string, before: number | null, after: number | null, levelBefore: string | null, levelAfter: string | null): ScoreChange {
  const delta = before === null || after === null ? null : after - before;
  const direction: ChangeDirection = delta === null ? 'not-comparable' : delta >= EPSILON ? 'improved' : delta <= -EPSILON ? 'regressed' : 'unchanged';
  return { id, title, before, after, change: delta, levelBefore, levelAfter, direction };
}

export function compareResults(before: ScoreResult, after: ScoreResult, topQuestions = 10): CompareResult {
  const overall = change('overall', 'Overall', before.score, after.score, before.level, after.level);
  const moved = (c: ScoreChange): boolean => c.direction === 'improved' || c.direction === 'regressed';
  const all = after.sections.map((s) => {
    const b = before.sections.find((x) => x.id === s.id);
    return change(s.id, s.title, b?.score ?? null, s.score, b?.level ?? null, s.level);
  });
  const sections = [
    ...all.filter(moved).sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0)),
    ...all.filter((c) => !moved(c)),
  ];
  const questions: QuestionChange[] = after.sections
    .flatMap((s) =>
      s.questions.map((q) => {
        const bq = before.sections.find((x) => x.id === s.id)?.questions.find((x) => x.id === q.id);
        if (!q.scored || q.score === null || bq?.score === null || bq?.score === undefined) return undefined;
        return { question: q.id, section: s.id, text: q.text, before: bq.score, after: q.score, change: q.score - bq.score };
      }),
    )
    .filter((x): x is QuestionChange => x !== undefined && Math.abs(x.change) >= EPSILON)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, topQuestions);
  return { questionnaire: after.questionnaire, before, after, overall, sections, questions };
}
