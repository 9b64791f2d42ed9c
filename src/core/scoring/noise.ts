// Whether a change between two independent estimates is larger than their noise: Welch's rule
// (docs/scoring.md, "Noise-aware comparisons"). Used between rounds and between staff and customers.
import type { Estimate } from './scoreResult.js';
import { tQuantile } from './tQuantile.js';

export const CHANGE_DIRECTIONS = ['improved', 'regressed', 'within-noise', 'unchanged', 'not-comparable'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/** Without a noise estimate, changes smaller than this (half the shown precision) read as unchanged. */
export const UNCHANGED_BELOW = 0.05;

export interface Change {
  /** after − before, in points; null when either side was not assessed. */
  readonly change: number | null;
  /** t₀.₉₇₅,df · √(SE_b² + SE_a²) in points; null without an interval on both sides. */
  readonly noise: number | null;
  readonly direction: ChangeDirection;
}

type Side = Pick<Estimate, 'score' | 'se' | 'n'>;

/** Welch's noise for two standard errors over n_b and n_a respondents; 0 when both are exact. */
export function welchNoise(seB: number, nB: number, seA: number, nA: number): number {
  const v = seB * seB + seA * seA;
  if (v === 0) return 0;
  const df = (v * v) / (seB ** 4 / (nB - 1) + seA ** 4 / (nA - 1));
  return tQuantile(0.975, df) * Math.sqrt(v);
}

export function changeBetween(before: Side, after: Side): Change {
  if (before.score === null || after.score === null) return { change: null, noise: null, direction: 'not-comparable' };
  const change = after.score - before.score;
  if (before.se === null || after.se === null || before.n < 2 || after.n < 2) {
    return { change, noise: null, direction: change >= UNCHANGED_BELOW ? 'improved' : change <= -UNCHANGED_BELOW ? 'regressed' : 'unchanged' };
  }
  const noise = welchNoise(before.se, before.n, after.se, after.n);
  if (noise === 0) return { change, noise, direction: change >= UNCHANGED_BELOW ? 'improved' : change <= -UNCHANGED_BELOW ? 'regressed' : 'unchanged' };
  return { change, noise, direction: Math.abs(change) > noise ? (change > 0 ? 'improved' : 'regressed') : 'within-noise' };
}

/** A question's score as an estimate: its standard error is s/√n (what the jackknife gives for a mean). */
export function questionEstimate(score: number | null, spread: { readonly respondents: number; readonly sd: number } | null): Side {
  if (score === null || spread === null) return { score, se: null, n: spread?.respondents ?? 0 };
  const n = spread.respondents;
  if (n < 2) return { score, se: null, n };
  const sampleSd = spread.sd * Math.sqrt(n / (n - 1));
  return { score, se: sampleSd / Math.sqrt(n), n };
}
