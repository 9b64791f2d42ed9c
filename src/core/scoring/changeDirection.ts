import type { ChangeDirection } from './compare.js';

/** Changes smaller than this (half the shown precision) read as unchanged. */
const UNCHANGED_BELOW = 0.05;

/** Which way a score moved by `delta` points; null when either end was not assessed. */
export function changeDirection(delta: number | null): ChangeDirection {
  if (delta === null) return 'not-comparable';
  return delta >= UNCHANGED_BELOW ? 'improved' : delta <= -UNCHANGED_BELOW ? 'regressed' : 'unchanged';
}
