// Whether respondents agree on a section: rwg(J) over its scale and yes/no questions (LeBreton &
// Senter, 2008), from the counts of each raw answer. See docs/scoring.md, "Agreement".
import type { Layout, QuestionSlot } from '../model/layout.js';
import { answerMoments } from './answerMoments.js';
import { questionCounts, type Tally } from './tally.js';

export const AGREEMENT_BANDS = ['agreement', 'moderate', 'no-consensus'] as const;
export type AgreementBand = (typeof AGREEMENT_BANDS)[number];

export interface Agreement {
  readonly rwg: number;
  readonly band: AgreementBand;
}

export interface QuestionSpread {
  readonly question: number;
  /** Sample variance of the raw answers over the variance of a uniform answer on that scale. */
  readonly ratio: number;
}

/** Respondents a section needs before its agreement is reported. */
export const AGREEMENT_MIN_RESPONDENTS = 3;

export function bandOf(rwg: number): AgreementBand {
  return rwg >= 0.7 ? 'agreement' : rwg >= 0.5 ? 'moderate' : 'no-consensus';
}

/** s²/σ² for one scale or yes/no question with at least 2 raw answers; undefined otherwise. */
export function varianceRatio(slot: QuestionSlot, counts: Float64Array): number | undefined {
  const type = slot.question.type;
  if (type !== 'scale' && type !== 'yesno') return undefined;
  // Raw answers as positions 0 … A−1 on the question's own scale (no = 0, yes = 1).
  const { variance } = answerMoments(slot, counts);
  if (variance === null) return undefined;
  const points = slot.values;
  return variance / ((points * points - 1) / 12);
}

/** Each question's variance ratio in one section, most divided first. */
export function questionSpreads(layout: Layout, tally: Tally, section: number): QuestionSpread[] {
  const out: QuestionSpread[] = [];
  for (const i of layout.sections[section]!) {
    const ratio = varianceRatio(layout.slots[i]!, questionCounts(tally, layout, i));
    if (ratio !== undefined) out.push({ question: i, ratio });
  }
  return out.sort((a, b) => b.ratio - a.ratio || a.question - b.question);
}

/** rwg(J) = J(1 − r̄) / (J(1 − r̄) + r̄), 0 when r̄ ≥ 1; null below the minimum of respondents. */
export function sectionAgreement(layout: Layout, tally: Tally, section: number): Agreement | null {
  if (tally.sections[section]!.n < AGREEMENT_MIN_RESPONDENTS) return null;
  const spreads = questionSpreads(layout, tally, section);
  const j = spreads.length;
  if (j === 0) return null;
  const mean = spreads.reduce((s, x) => s + x.ratio, 0) / j;
  const rwg = mean >= 1 ? 0 : (j * (1 - mean)) / (j * (1 - mean) + mean);
  return { rwg, band: bandOf(rwg) };
}
