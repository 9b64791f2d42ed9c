// A question's answers as numbers, from its counts: what agreement and the rating intervals rest on.
import { VALUE_CODE, type QuestionSlot } from '../model/layout.js';

/**
 * How many answered, their mean and their sample variance (n − 1; null below 2 answers), with
 * the k-th answer value counted as `origin + k`: positions 0 … A−1 for agreement, the scale's own
 * points for a rating.
 */
export function answerMoments(slot: QuestionSlot, counts: Float64Array, origin = 0): { n: number; mean: number | null; variance: number | null } {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (let c = 0; c < slot.values; c++) {
    const k = counts[VALUE_CODE + c]!;
    const v = origin + c;
    n += k;
    sum += k * v;
    sumSq += k * v * v;
  }
  return { n, mean: n === 0 ? null : sum / n, variance: n < 2 ? null : Math.max(0, (sumSq - (sum * sum) / n) / (n - 1)) };
}
