// Trends: earlier rounds of the same questionnaire, one point per round, each with its intervals.
import { jackknife } from './jackknife.js';
import { NO_REMARKS } from './remarks.js';
import { tallies, type Sample } from './sample.js';
import type { Estimate, ScoreOptions } from './scoreResult.js';
import { scoreTally } from './scoreTally.js';
import type { Tally } from './tally.js';

export interface HistoryPoint {
  /** The round's date: the answers' `date`, else the name of the folder they sit in. */
  readonly date: string;
  readonly respondents: number;
  readonly score: number | null;
  readonly sections: Readonly<Record<string, number | null>>;
  /** The overall and each section's score with what it rests on. */
  readonly overall: Estimate;
  readonly estimates: Readonly<Record<string, Estimate>>;
}

function point(sample: Sample, round: string, tally: Tally, opts: ScoreOptions): HistoryPoint {
  const index = sample.columns.rounds.index.get(round);
  const r = scoreTally({ layout: sample.layout, tally, remarks: NO_REMARKS, uncertainty: jackknife(sample, tally, (i) => sample.columns.round[i] === index) }, opts);
  const estimate = (e: Estimate): Estimate => ({ score: e.score, interval: e.interval, se: e.se, n: e.n });
  return {
    date: round,
    respondents: tally.respondents,
    score: r.score,
    sections: Object.fromEntries(r.sections.filter((s) => s.scored).map((s) => [s.id, s.score])),
    overall: estimate(r),
    estimates: Object.fromEntries(r.sections.filter((s) => s.scored).map((s) => [s.id, estimate(s)])),
  };
}

/**
 * The current sample's rounds with the earlier sample's; an earlier round the current sample
 * also holds (the history folder often contains the current one) counts once, as current.
 */
export function history(current: Sample, earlier: Sample | undefined, opts: ScoreOptions = {}): HistoryPoint[] {
  const rounds: { sample: Sample; round: string; tally: Tally }[] = [];
  const now = tallies(current).byRound;
  for (const [round, tally] of earlier ? tallies(earlier).byRound : []) if (!now.has(round)) rounds.push({ sample: earlier!, round, tally });
  for (const [round, tally] of now) rounds.push({ sample: current, round, tally });
  return rounds.sort((a, b) => (a.round < b.round ? -1 : a.round > b.round ? 1 : 0)).map((r) => point(r.sample, r.round, r.tally, opts));
}
