// Student's t quantile, from stdlib (a maintained numerical library) rather than by hand.
import quantile from '@stdlib/stats-base-dists-t-quantile';

/** The p-quantile of Student's t with `df` degrees of freedom (df may be fractional: Welch). */
export function tQuantile(p: number, df: number): number {
  return quantile(p, df);
}
