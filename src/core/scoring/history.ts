// Trends: earlier rounds of the same questionnaire, one point per round.
import type { Sample } from './sample.js';
import { scoreTally } from './score.js';
import type { ScoreOptions } from './scoreResult.js';
import type { Tally } from './tally.js';

export interface HistoryPoint {
  /** The round's date: the answers' `date`, else the name of the folder they sit in. */
  readonly date: string;
  readonly respondents: number;
  readonly score: number | null;
  readonly sections: Readonly<Record<string, number | null>>;
}

/**
 * The current sample's rounds with the earlier sample's; an earlier round the current sample
 * also holds (the history folder often contains the current one) counts once, as current.
 */
export function history(current: Sample, earlier: Sample | undefined, opts: ScoreOptions = {}): HistoryPoint[] {
  const rounds = new Map<string, Tally>();
  for (const [round, tally] of earlier?.byRound ?? []) if (!current.byRound.has(round)) rounds.set(round, tally);
  for (const [round, tally] of current.byRound) rounds.set(round, tally);
  return [...rounds]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, tally]) => {
      const r = scoreTally(current.layout, tally, { notes: [], comments: [] }, opts);
      return { date, respondents: tally.respondents, score: r.score, sections: Object.fromEntries(r.sections.map((s) => [s.id, s.score])) };
    });
}
