// Number and label formatting shared by every format (terminal, markdown, HTML and its charts),
// so every format says the same thing.

export const NOT_ASSESSED = 'not assessed';

export function isScore(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** One decimal; −0.0 reads as 0.0. */
export function fixed(n: number): string {
  const s = n.toFixed(1);
  return s === '-0.0' ? '0.0' : s;
}

/** One decimal, no unit; null → "–". Unlike `fixed`, a tiny negative gap prints as the text formats always printed it ("-0.0"). */
export function num(v: number | null): string {
  return v === null ? '–' : v.toFixed(1);
}

/** A score or target in points, as every format shows it: 62.25 → "62.3"; null → "not assessed". */
export function scoreFigure(n: number | null | undefined): string {
  return isScore(n) ? fixed(n) : NOT_ASSESSED;
}

/** "12.7 pts", or "—" when there is nothing to measure against. */
export function points(n: number | null | undefined): string {
  return isScore(n) ? `${fixed(n)} pts` : '—';
}

/**
 * How `signed` rounds to one decimal. The text formats round the value half up (Math.round); the
 * HTML pages round its size with toFixed. They disagree on a few halves, so each keeps its own.
 */
const SIGNED_ROUNDINGS = ['half-up', 'to-fixed'] as const;
export type SignedRounding = (typeof SIGNED_ROUNDINGS)[number];

/** Signed change in points: "+4.2", "−3.0" (a real minus sign), "0.0"; null → "–". */
export function signed(v: number | null, rounding: SignedRounding = 'half-up'): string {
  if (v === null) return '–';
  const r = rounding === 'half-up' ? Math.round(v * 10) / 10 : v;
  const size = Math.abs(r).toFixed(1);
  if (size === '0.0') return size;
  return r > 0 ? `+${size}` : `\u2212${size}`;
}

/** A text bar of `width` cells for a 0–100 score. */
export function bar(v: number | null, width: number): string {
  if (v === null) return '·'.repeat(width);
  const full = Math.round((Math.max(0, Math.min(100, v)) / 100) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

/** A spread as whole points, "40–85"; null → "–". */
export function range(s: { min: number; max: number } | null): string {
  return s ? `${Math.round(s.min)}–${Math.round(s.max)}` : '–';
}

/** How far a score is from its target, for colour and for the words beside it. */
const GAP_STATUSES = ['met', 'near', 'far', 'none'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

/** Gaps under this many points read as "close to target". */
const NEAR_GAP = 10;

export function gapStatus(gap: number | null | undefined): GapStatus {
  if (!isScore(gap)) return 'none';
  if (gap <= 0) return 'met';
  return gap < NEAR_GAP ? 'near' : 'far';
}
