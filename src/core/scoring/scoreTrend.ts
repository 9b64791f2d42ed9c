// The trend over rounds (`icare report --history`): each section's and the overall score per
// round, and how far and which way each moved from the first round to the latest, against noise.
import type { HistoryPoint } from './history.js';
import { changeBetween, type ChangeDirection } from './noise.js';
import type { Estimate, ScoreResult } from './scoreResult.js';

export interface TrendRow {
  /** The section's id, or "overall". */
  readonly id: string;
  readonly title: string;
  /** The current round's target for it. */
  readonly target: number;
  /** The score in each round, oldest first; null where a round did not assess it. */
  readonly scores: readonly (number | null)[];
  readonly intervals: readonly Estimate['interval'][];
  /** Latest minus first, in points; null with one round or when either end was not assessed. */
  readonly change: number | null;
  /** Welch's noise between the first and the latest round; null without intervals on both. */
  readonly noise: number | null;
  readonly direction: ChangeDirection;
}

export interface ScoreTrend {
  /** Oldest first, the current round last. */
  readonly rounds: readonly HistoryPoint[];
  readonly overall: TrendRow;
  /** In the questionnaire's order. */
  readonly sections: readonly TrendRow[];
}

const NONE: Estimate = { score: null, interval: null, se: null, n: 0 };

function row(id: string, title: string, target: number, estimates: readonly Estimate[]): TrendRow {
  const first = estimates[0] ?? NONE;
  const last = estimates[estimates.length - 1] ?? NONE;
  const c = estimates.length > 1 ? changeBetween(first, last) : { change: null, noise: null, direction: 'not-comparable' as const };
  return { id, title, target, scores: estimates.map((e) => e.score), intervals: estimates.map((e) => e.interval), ...c };
}

export function scoreTrend(current: ScoreResult, rounds: readonly HistoryPoint[]): ScoreTrend {
  return {
    rounds,
    overall: row('overall', 'Overall', current.target, rounds.map((p) => p.overall)),
    sections: current.sections.filter((s) => s.scored).map((s) => row(s.id, s.title, s.target, rounds.map((p) => p.estimates[s.id] ?? NONE))),
  };
}
