// How sure a score is: the delete-one jackknife over the respondents who gave it a value
// (docs/scoring.md, "Intervals"). Leaving respondent i out only changes the questions i answered,
// so every θ₍ᵢ₎ comes from the tally minus i's own codes: one pass over the rows, linear in
// respondents, never re-scoring n times.
import { VALUE_CODE, type Layout } from '../model/layout.js';
import { addExact, exactValue, type Partials } from './exactSum.js';
import { FLAG_DROPPED } from './respondentColumns.js';
import type { Interval } from './scoreResult.js';
import { rowOf, type Sample } from './sample.js';
import { questionCounts, type Tally } from './tally.js';
import { tQuantile } from './tQuantile.js';

export interface Uncertainty {
  /** Respondents who gave the score a value (the jackknife's n). */
  readonly n: number;
  /** Standard error in points; null with fewer than 2 respondents. */
  readonly se: number | null;
  /** 95% interval in points, clamped to [0, 100]; null with fewer than 2 respondents. */
  readonly interval: Interval | null;
}

export interface JackknifeResult {
  readonly sections: readonly Uncertainty[];
  readonly overall: Uncertainty;
}

/** Each question's sum of values and count of respondents with a value, from the tally. */
function questionSums(layout: Layout, tally: Tally): { sum: Float64Array; n: Float64Array } {
  const sum = new Float64Array(layout.slots.length);
  const n = new Float64Array(layout.slots.length);
  for (const slot of layout.slots) {
    const counts = questionCounts(tally, layout, slot.index);
    for (let c = 0; c < slot.scores.length; c++) {
      const k = counts[VALUE_CODE + c]!;
      sum[slot.index]! += k * slot.scores[c]!;
      n[slot.index]! += k;
    }
  }
  return { sum, n };
}

/** Section scores (fractions) and the overall, with respondent `row` left out (null row: nobody). */
function scoresWithout(layout: Layout, sums: { sum: Float64Array; n: Float64Array }, row: ArrayLike<number> | null, out: Float64Array): number {
  const q = layout.questionnaire;
  let overallSum = 0;
  let overallWeight = 0;
  for (let s = 0; s < layout.sections.length; s++) {
    let num = 0;
    let den = 0;
    for (const i of layout.sections[s]!) {
      const slot = layout.slots[i]!;
      if (slot.scores.length === 0) continue;
      let sum = sums.sum[i]!;
      let n = sums.n[i]!;
      const code = row ? row[i]! : 0;
      if (code >= VALUE_CODE) {
        sum -= slot.scores[code - VALUE_CODE]!;
        n -= 1;
      }
      if (n <= 0) continue;
      num += slot.question.weight * (sum / n);
      den += slot.question.weight;
    }
    out[s] = den > 0 ? num / den : NaN;
    if (den > 0) {
      overallSum += q.sections[s]!.weight * out[s]!;
      overallWeight += q.sections[s]!.weight;
    }
  }
  return overallWeight > 0 ? overallSum / overallWeight : NaN;
}

interface Deviations {
  n: number;
  readonly sum: Partials;
  readonly sumSq: Partials;
}

function uncertainty(d: Deviations, estimate: number, population: number | undefined): Uncertainty {
  const { n } = d;
  if (n < 2 || estimate !== estimate) return { n, se: null, interval: null };
  // Deviations from the full-sample estimate, summed exactly: Σ(θ₍ᵢ₎ − θ̄)² = Σd² − (Σd)²/n.
  const sd = exactValue(d.sum);
  const ss = Math.max(0, exactValue(d.sumSq) - (sd * sd) / n);
  let se = Math.sqrt(((n - 1) / n) * ss) * 100;
  if (population !== undefined && population >= n) se *= Math.sqrt((population - n) / Math.max(1, population - 1));
  const half = tQuantile(0.975, n - 1) * se;
  const centre = estimate * 100;
  return { n, se, interval: { low: Math.max(0, centre - half), high: Math.min(100, centre + half) } };
}

/**
 * Intervals for each section and the overall score of the respondents `tally` holds; `member`
 * says which of the sample's respondents those are. `population`: how many people were asked.
 */
export function jackknife(sample: Sample, tally: Tally, member: (respondent: number) => boolean, population?: number): JackknifeResult {
  const { layout } = sample;
  const sums = questionSums(layout, tally);
  const full = new Float64Array(layout.sections.length);
  const fullOverall = scoresWithout(layout, sums, null, full);
  const left = new Float64Array(layout.sections.length);
  const sections: Deviations[] = layout.sections.map(() => ({ n: 0, sum: [], sumSq: [] }));
  const overall: Deviations = { n: 0, sum: [], sumSq: [] };
  const add = (d: Deviations, x: number): void => {
    d.n++;
    addExact(d.sum, x);
    addExact(d.sumSq, x * x);
  };
  const { flags } = sample.columns;
  for (let i = 0; i < sample.columns.count; i++) {
    if (!member(i) || flags[i]! & FLAG_DROPPED) continue;
    const row = rowOf(sample, i);
    let gave = false;
    const overallWithout = scoresWithout(layout, sums, row, left);
    for (let s = 0; s < layout.sections.length; s++) {
      if (!gaveValue(layout, row, s)) continue;
      gave = true;
      // A section this respondent alone gave values to is not assessed without it: θ₍ᵢ₎ is then
      // undefined, and the section has a single respondent, so no interval is reported anyway.
      add(sections[s]!, (left[s]! === left[s]! ? left[s]! : full[s]!) - full[s]!);
    }
    if (gave) add(overall, (overallWithout === overallWithout ? overallWithout : fullOverall) - fullOverall);
  }
  return {
    sections: sections.map((d, s) => uncertainty(d, full[s]!, population)),
    overall: uncertainty(overall, fullOverall, population),
  };
}

function gaveValue(layout: Layout, row: ArrayLike<number>, section: number): boolean {
  for (const i of layout.sections[section]!) if (row[i]! >= VALUE_CODE && layout.slots[i]!.scores.length > 0) return true;
  return false;
}
