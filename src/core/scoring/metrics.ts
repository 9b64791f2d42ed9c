// The customer metrics, reported beside the maturity score and never inside it: NPS (classic and
// yes/no) and ratings such as satisfaction, each with its 95% interval.
import { VALUE_CODE, type Layout } from '../model/layout.js';
import { classicNpsInterval, proportionInterval } from './npsInterval.js';
import { answerMoments } from './answerMoments.js';
import { rawAnswers } from './questionAnswers.js';
import type { NpsMetric, RatingMetric } from './scoreResult.js';
import { questionCounts, type Tally } from './tally.js';
import { tQuantile } from './tQuantile.js';

export function npsMetrics(layout: Layout, tally: Tally): NpsMetric[] {
  return layout.slots
    .filter((slot) => slot.question.type === 'nps')
    .map((slot) => {
      const q = slot.question;
      const counts = questionCounts(tally, layout, slot.index);
      const at = (v: number): number => counts[VALUE_CODE + v]!;
      let promoters = 0;
      let passives = 0;
      let detractors = 0;
      if (q.variant === 'binary') [detractors, promoters] = [at(0), at(1)];
      else for (let v = 0; v <= 10; v++) v >= 9 ? (promoters += at(v)) : v >= 7 ? (passives += at(v)) : (detractors += at(v));
      const n = promoters + passives + detractors;
      const binary = q.variant === 'binary';
      const value = n === 0 ? null : binary ? (promoters / n) * 100 : ((promoters - detractors) / n) * 100;
      const interval = binary ? proportionInterval(promoters, n) : classicNpsInterval(promoters, passives, detractors);
      return { question: q.id, text: q.text, variant: q.variant, respondents: n, value, interval, promoters, passives, detractors };
    });
}

/** Ratings: the mean on the rating's own scale, with mean ± t₀.₉₇₅,ₙ₋₁ · s/√n, clamped to the scale. */
export function ratingMetrics(layout: Layout, tally: Tally): RatingMetric[] {
  return layout.slots
    .filter((slot) => slot.question.type === 'rating')
    .map((slot) => {
      const q = slot.question;
      const counts = questionCounts(tally, layout, slot.index);
      const { min, max } = q.scale;
      const { n, mean, variance } = answerMoments(slot, counts, min);
      let interval = null;
      if (mean !== null && variance !== null) {
        const s = Math.sqrt(variance);
        const half = tQuantile(0.975, n - 1) * (s / Math.sqrt(n));
        interval = { low: Math.max(min, mean - half), high: Math.min(max, mean + half) };
      }
      return { question: q.id, text: q.text, respondents: n, min, max, mean, interval, distribution: rawAnswers(slot, counts).distribution };
    });
}
