// Two rounds of the same questionnaire, side by side, with every change tested against its noise.
import { changeBetween, questionChange, type Change, type ChangeDirection } from './noise.js';
import type { ScoreResult } from './scoreResult.js';

export type { ChangeDirection };

export interface ScoreChange extends Change {
  readonly id: string;
  readonly title: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly intervalBefore: ScoreResult['interval'];
  readonly intervalAfter: ScoreResult['interval'];
  readonly levelBefore: string | null;
  readonly levelAfter: string | null;
}

export interface QuestionChange extends Change {
  readonly question: string;
  readonly section: string;
  readonly text: string;
  readonly reverse: boolean;
  readonly before: number;
  readonly after: number;
  readonly change: number;
}

export interface CompareResult {
  readonly questionnaire: ScoreResult['questionnaire'];
  readonly before: ScoreResult;
  readonly after: ScoreResult;
  readonly overall: ScoreChange;
  /** Sections that moved beyond the noise first (largest change first), then the rest in file order. */
  readonly sections: readonly ScoreChange[];
  /** The largest improvements, then the largest regressions, by question. */
  readonly questions: readonly QuestionChange[];
}

/** Questions listed in each direction. */
export const QUESTIONS_EACH_WAY = 5;

function moved(c: Change): boolean {
  return c.direction === 'improved' || c.direction === 'regressed';
}

export function compareResults(before: ScoreResult, after: ScoreResult, each = QUESTIONS_EACH_WAY): CompareResult {
  const overall: ScoreChange = {
    id: 'overall',
    title: 'Overall',
    before: before.score,
    after: after.score,
    intervalBefore: before.interval,
    intervalAfter: after.interval,
    levelBefore: before.level,
    levelAfter: after.level,
    ...changeBetween(before, after),
  };
  const all: ScoreChange[] = after.sections
    .filter((s) => s.scored)
    .map((s) => {
      const b = before.sections.find((x) => x.id === s.id);
      const side = b ?? { score: null, se: null, n: 0, interval: null, level: null };
      return { id: s.id, title: s.title, before: side.score, after: s.score, intervalBefore: side.interval, intervalAfter: s.interval, levelBefore: side.level, levelAfter: s.level, ...changeBetween(side, s) };
    });
  const sections = [...all.filter(moved).sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0)), ...all.filter((c) => !moved(c))];
  const changes: QuestionChange[] = after.sections.flatMap((s) =>
    s.questions.flatMap((q) => {
      const bq = before.sections.find((x) => x.id === s.id)?.questions.find((x) => x.id === q.id);
      if (!q.scored || q.score === null || bq?.score === null || bq?.score === undefined) return [];
      const c = questionChange(bq, q);
      return c.change === null || Math.abs(c.change) < 0.05 ? [] : [{ question: q.id, section: s.id, text: q.text, reverse: q.reverse, before: bq.score, after: q.score, ...c, change: c.change }];
    }),
  );
  const up = changes.filter((c) => c.change > 0).sort((a, b) => b.change - a.change).slice(0, each);
  const down = changes.filter((c) => c.change < 0).sort((a, b) => a.change - b.change).slice(0, each);
  return { questionnaire: after.questionnaire, before, after, overall, sections, questions: [...up, ...down] };
}
