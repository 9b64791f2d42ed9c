// Trends: earlier rounds of the same questionnaire, one point per date.
import type { Answers, Questionnaire } from '../model/model.js';
import { score, type ScoreOptions } from './score.js';

export interface HistoryPoint {
  /** The round's date: the answers' `date`, else the name of the folder they sit in. */
  readonly date: string;
  readonly respondents: number;
  readonly score: number | null;
  readonly sections: Readonly<Record<string, number | null>>;
}

export function roundOf(a: Answers): string {
  if (a.date) return a.date;
  const parts = a.file.split(/[\\/]/);
  return parts.length > 1 ? (parts[parts.length - 2] ?? 'undated') : 'undated';
}

/** Groups answers by round and scores each; rounds sorted by date. */
export function history(q: Questionnaire, answers: readonly Answers[], opts: ScoreOptions = {}): HistoryPoint[] {
  const rounds = new Map<string, Answers[]>();
  for (const a of answers) {
    if (a.questionnaire !== q.id) continue;
    const r = roundOf(a);
    const list = rounds.get(r);
    if (list) list.push(a);
    else rounds.set(r, [a]);
  }
  return [...rounds.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, list]) => {
      const r = score(q, list, opts);
      return { date, respondents: list.length, score: r.score, sections: Object.fromEntries(r.sections.map((s) => [s.id, s.score])) };
    });
}
