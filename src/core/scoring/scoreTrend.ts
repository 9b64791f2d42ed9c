// The trend over rounds (`icare report --history`): each section's and the overall score per
// round, and how far and which way each moved from the first round to the latest.
import { changeDirection } from './changeDirection.js';
import type { ChangeDirection } from './compare.js';
import type { HistoryPoint } from './history.js';
import type { ScoreResult } from './score.js';

export interface TrendRow {
  /** The section's id, or "overall". */
  readonly id: string;
  readonly title: string;
  /** The current round's target for it. */
  readonly target: number;
  /** The score in each round, oldest first; null where a round did not assess it. */
  readonly scores: readonly (number | null)[];
  /** Latest minus first, in points; null with one round or when either end was not assessed. */
  readonly change: number | null;
  readonly direction: ChangeDirection;
}

export interface ScoreTrend {
  /** Oldest first, the current round last. */
  readonly rounds: readonly HistoryPoint[];
  readonly overall: TrendRow;
  /** In the questionnaire's order. */
  readonly sections: readonly TrendRow[];
}

function row(id: string, title: string, target: number, scores: readonly (number | null)[]): TrendRow {
  const first = scores[0] ?? null;
  const last = scores[scores.length - 1] ?? null;
  const change = scores.length > 1 && first !== null && last !== null ? last - first : null;
  return { id, title, target, scores, change, direction: changeDirection(change) };
}

export function scoreTrend(current: ScoreResult, rounds: readonly HistoryPoint[]): ScoreTrend {
  return {
    rounds,
    overall: row('overall', 'Overall', current.target, rounds.map((p) => p.score)),
    sections: current.sections.map((s) => row(s.id, s.title, s.target, rounds.map((p) => p.sections[s.id] ?? null))),
  };
}
