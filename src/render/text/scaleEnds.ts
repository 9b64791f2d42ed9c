// What the two ends of a scale mean, so that a bare 0–10 is never shown without them: the scale's
// own labels where it has them, else plain words.
import type { Scale } from '../../core/model/model.js';
import { oneLine } from './sanitize.js';

const UNLABELLED_ENDS = { low: 'lowest', high: 'highest' } as const;

export function scaleEnds(scale: Scale): { readonly low: string; readonly high: string } {
  const low = scale.labels[scale.min];
  const high = scale.labels[scale.max];
  return { low: low === undefined ? UNLABELLED_ENDS.low : oneLine(low), high: high === undefined ? UNLABELLED_ENDS.high : oneLine(high) };
}

/** "0 Not at all likely … 10 Extremely likely", "1 lowest … 7 highest". */
export function scaleEndsText(scale: Scale): string {
  const { low, high } = scaleEnds(scale);
  return `${scale.min} ${low} … ${scale.max} ${high}`;
}
