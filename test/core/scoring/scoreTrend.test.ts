import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../../src/core/scoring/history.js';
import type { ScoreResult } from '../../../src/core/scoring/scoreResult.js';
import { scoreTrend } from '../../../src/core/scoring/scoreTrend.js';

// Only what the trend reads of the current result.
const current = {
  target: 75,
  sections: [
    { id: 'a', title: 'Alpha', target: 70, scored: true },
    { id: 'b', title: 'Beta', target: 80, scored: true },
  ],
} as unknown as ScoreResult;

const estimate = (score: number | null) => ({ score, interval: null, se: null, n: 1 });
const round = (date: string, score: number | null, sections: Record<string, number | null>): HistoryPoint => ({
  date,
  respondents: 1,
  score,
  sections,
  overall: estimate(score),
  estimates: Object.fromEntries(Object.entries(sections).map(([id, v]) => [id, estimate(v)])),
});

describe('scoreTrend', () => {
  it('gives each section and the overall its scores per round, change and direction', () => {
    const rounds = [round('2026-01', 50, { a: 40, b: null }), round('2026-06', 50.02, { a: 55.5 }), round('2026-12', 49, { a: 40.04, b: 60 })];
    const t = scoreTrend(current, rounds);
    expect(t.rounds).toBe(rounds);
    expect(t.overall).toEqual({ id: 'overall', title: 'Overall', target: 75, scores: [50, 50.02, 49], intervals: [null, null, null], change: -1, noise: null, direction: 'regressed', noNoise: 'one-respondent' });
    expect(t.sections.map((s) => [s.id, s.title, s.target, s.scores, s.direction])).toEqual([
      ['a', 'Alpha', 70, [40, 55.5, 40.04], 'unchanged'],
      ['b', 'Beta', 80, [null, null, 60], 'not-comparable'],
    ]);
    expect(t.sections[0]!.change).toBeCloseTo(0.04, 10);
    expect(t.sections[1]!.change).toBeNull();
  });

  it('has no change with a single round', () => {
    const t = scoreTrend(current, [round('2026-01', 50, { a: 40, b: 60 })]);
    expect(t.overall.change).toBeNull();
    expect(t.overall.direction).toBe('not-comparable');
    expect(t.sections.every((s) => s.change === null)).toBe(true);
  });
});
