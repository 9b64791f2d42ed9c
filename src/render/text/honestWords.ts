// The words every format uses to say how sure a figure is (docs/scoring.md): intervals beside
// scores, verdicts only where the data carries one, which way a reverse-scored question reads, and
// whether a change is beyond the noise. One place, so terminal, markdown, HTML and CSV agree.
import type { AgreementBand } from '../../core/scoring/agreement.js';
import type { Interval } from '../../core/scoring/jackknife.js';
import type { ChangeDirection } from '../../core/scoring/noise.js';
import type { RawAnswers, Verdict } from '../../core/scoring/scoreResult.js';
import { fixed, isScore, NOT_ASSESSED } from './format.js';

/** Marks a reverse-scored question wherever its score is shown. */
export const REVERSE_MARK = '↺';
export const REVERSE_LEGEND = `${REVERSE_MARK} reverse-scored: agreeing means a gap`;

/** "58.0–66.8"; null → "". */
export function intervalText(i: Interval | null): string {
  return i ? `${fixed(i.low)}–${fixed(i.high)}` : '';
}

/** "62.4 (58.0–66.8)", "62.4 (1 respondent: no interval)", "not assessed". */
export function scoreWithInterval(score: number | null, interval: Interval | null, n: number): string {
  if (!isScore(score)) return NOT_ASSESSED;
  if (interval) return `${fixed(score)} (${intervalText(interval)})`;
  return `${fixed(score)} (${n === 1 ? '1 respondent' : `${n} respondents`}: no interval)`;
}

export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  'on-target': 'on target',
  'below-target': 'below target',
  'insufficient-data': 'needs more answers',
  'not-assessed': NOT_ASSESSED,
};

export const BAND_WORDS: Readonly<Record<AgreementBand, string>> = {
  agreement: 'agreement',
  moderate: 'moderate agreement',
  'no-consensus': 'no consensus',
};

/** "rwg 0.82 · agreement"; null → "" (fewer than 3 respondents). */
export function agreementText(a: { readonly rwg: number; readonly band: AgreementBand } | null): string {
  return a ? `rwg ${a.rwg.toFixed(2)} · ${BAND_WORDS[a.band]}` : '';
}

/** "mostly Usually" (62%), "70% yes"; "" with no answers. */
export function typicalText(a: RawAnswers, withShare = false): string {
  const t = a.typical;
  if (!t) return '';
  if (t.label === 'yes') return `${Math.round(t.share * 100)}% yes`;
  return `mostly ${t.label}${withShare ? ` (${Math.round(t.share * 100)}%)` : ''}`;
}

export const DIRECTION_WORDS: Readonly<Record<ChangeDirection, string>> = {
  improved: 'improved',
  regressed: 'regressed',
  'within-noise': 'within the noise',
  unchanged: 'unchanged',
  'not-comparable': 'not comparable',
};

/** ▲ ▼ ≈ = · : the arrow carries the direction without colour. */
export const DIRECTION_ARROWS: Readonly<Record<ChangeDirection, string>> = {
  improved: '▲',
  regressed: '▼',
  'within-noise': '≈',
  unchanged: '=',
  'not-comparable': '·',
};

/** What a change rests on: "noise ±4.1" or why there is no noise estimate. */
export function noiseText(noise: number | null): string {
  return noise === null ? 'no noise estimate (a side has one respondent)' : `noise ±${fixed(noise)}`;
}

/** The header lines about privacy: names, and which groups are hidden. */
export function privacyLines(p: { readonly names: boolean; readonly minGroup: number }): string[] {
  return [
    p.names ? 'Names are shown (--names).' : 'Anonymous: no names are shown (add --names to show them).',
    p.minGroup > 1 ? `Groups of fewer than ${p.minGroup} respondents are hidden.` : 'Small groups are shown (--min-group 1).',
  ];
}

/** "fewer than 5 respondents: results hidden". */
export function hiddenGroupText(minGroup: number): string {
  return `fewer than ${minGroup} respondents: results hidden`;
}

/** "14 respondents, 2 still in progress". */
export function respondentsText(respondents: number, inProgress: number): string {
  const all = `${respondents} ${respondents === 1 ? 'respondent' : 'respondents'}`;
  return inProgress > 0 ? `${all}, ${inProgress} still in progress` : all;
}
