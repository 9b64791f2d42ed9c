// 95% intervals for the customer metrics, by adjusted Wald (Agresti–Coull style): see
// docs/scoring.md, "NPS with its uncertainty". The reported value stays the plain one.
import type { Interval } from './scoreResult.js';

const Z = 1.96;

/** Classic NPS: n′ = n + 3, p′ = (promoters + ¾)/n′, d′ = (detractors + ¾)/n′; clamped to ±100. */
export function classicNpsInterval(promoters: number, passives: number, detractors: number): Interval | null {
  const n = promoters + passives + detractors;
  if (n === 0) return null;
  const n1 = n + 3;
  const p = (promoters + 0.75) / n1;
  const d = (detractors + 0.75) / n1;
  const nps = p - d;
  const half = Z * Math.sqrt(Math.max(0, p + d - nps * nps) / n1);
  return { low: Math.max(-100, 100 * (nps - half)), high: Math.min(100, 100 * (nps + half)) };
}

/** Share of yes: n′ = n + z², p′ = (yes + z²/2)/n′; clamped to [0, 100]. */
export function proportionInterval(yes: number, n: number): Interval | null {
  if (n === 0) return null;
  const n1 = n + Z * Z;
  const p = (yes + (Z * Z) / 2) / n1;
  const half = Z * Math.sqrt((p * (1 - p)) / n1);
  return { low: Math.max(0, 100 * (p - half)), high: Math.min(100, 100 * (p + half)) };
}
