// Whether a change between two independent estimates is larger than their noise: Welch's rule
// (docs/scoring.md, "Noise-aware comparisons"). Used between rounds and between staff and customers.
import type { Estimate } from './scoreResult.js';
import { tQuantile } from './tQuantile.js';

export const CHANGE_DIRECTIONS = ['improved', 'regressed', 'within-noise', 'unchanged', 'not-comparable'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/** Without a noise estimate, changes smaller than this (half the shown precision) read as unchanged. */
export const UNCHANGED_BELOW = 0.05;

/** Why a comparable change has no noise estimate. */
export const NO_NOISE_REASONS = ['one-respondent', 'no-spread'] as const;
export type NoNoiseReason = (typeof NO_NOISE_REASONS)[number];

export interface Change {
  /** after − before, in points; null when either side was not assessed. */
  readonly change: number | null;
  /** t₀.₉₇₅,df · √(SE_b² + SE_a²) in points; null without an interval on both sides. */
  readonly noise: number | null;
  readonly direction: ChangeDirection;
  /** Present when the change is comparable but has no noise estimate. */
  readonly noNoise?: NoNoiseReason;
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
    return { change, noise: null, direction: plainDirection(change), noNoise: 'one-respondent' };
  }
  const noise = welchNoise(before.se, before.n, after.se, after.n);
  if (noise === 0) return { change, noise, direction: plainDirection(change) };
  return { change, noise, direction: beyond(change, noise) };
}

function plainDirection(change: number): ChangeDirection {
  return change >= UNCHANGED_BELOW ? 'improved' : change <= -UNCHANGED_BELOW ? 'regressed' : 'unchanged';
}

function beyond(change: number, noise: number): ChangeDirection {
  return Math.abs(change) > noise ? (change > 0 ? 'improved' : 'regressed') : 'within-noise';
}

/** z₀.₉₇₅, as in the customer metrics' adjusted intervals. */
const Z = 1.96;

/**
 * Agresti and Caffo's noise for a change between two proportions (p_b of n_b, p_a of n_a, as
 * fractions): one yes and one no added to each side, so that unanimous answers do not claim a
 * noise of zero.
 */
export function proportionNoise(pB: number, nB: number, pA: number, nA: number): number {
  const variance = (p: number, n: number): number => {
    const adjusted = (p * n + 1) / (n + 2);
    return (adjusted * (1 - adjusted)) / (n + 2);
  };
  return 100 * Z * Math.sqrt(variance(pB, nB) + variance(pA, nA));
}

interface QuestionSide {
  readonly type: string;
  readonly score: number | null;
  readonly spread: { readonly respondents: number; readonly sd: number } | null;
}

/**
 * A question's change between rounds: a yes/no question by Agresti and Caffo (its score is the
 * share answering the scored way); any other by Welch over s/√n, except that with every answer
 * the same on both sides there is no spread to estimate the noise from.
 */
export function questionChange(before: QuestionSide, after: QuestionSide): Change {
  const b = questionEstimate(before.score, before.spread);
  const a = questionEstimate(after.score, after.spread);
  if (b.score === null || a.score === null || b.se === null || a.se === null) return changeBetween(b, a);
  const change = a.score - b.score;
  if (before.type === 'yesno' && after.type === 'yesno') {
    const noise = proportionNoise(b.score / 100, b.n, a.score / 100, a.n);
    return { change, noise, direction: beyond(change, noise) };
  }
  if (b.se === 0 && a.se === 0) return { change, noise: null, direction: plainDirection(change), noNoise: 'no-spread' };
  return changeBetween(b, a);
}

/** A question's score as an estimate: its standard error is s/√n (what the jackknife gives for a mean). */
export function questionEstimate(score: number | null, spread: { readonly respondents: number; readonly sd: number } | null): Side {
  if (score === null || spread === null) return { score, se: null, n: spread?.respondents ?? 0 };
  const n = spread.respondents;
  if (n < 2) return { score, se: null, n };
  const sampleSd = spread.sd * Math.sqrt(n / (n - 1));
  return { score, se: sampleSd / Math.sqrt(n), n };
}
