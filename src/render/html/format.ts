// Number formatting shared by the HTML pages and their charts: one decimal, never NaN.

export const NOT_ASSESSED = 'not assessed';

export function isScore(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** One decimal; −0.0 reads as 0.0. */
export function fixed(n: number): string {
  const s = n.toFixed(1);
  return s === '-0.0' ? '0.0' : s;
}

/** "72.3%", or "not assessed". */
export function percent(n: number | null | undefined): string {
  return isScore(n) ? `${fixed(n)}%` : NOT_ASSESSED;
}

/** "12.7 pts", or "—" when there is nothing to measure against. */
export function points(n: number | null | undefined): string {
  return isScore(n) ? `${fixed(n)} pts` : '—';
}

/** "+4.2" / "−3.1" (a real minus sign) / "0.0". */
export function signed(n: number): string {
  const s = fixed(Math.abs(n));
  if (s === '0.0') return s;
  return n > 0 ? `+${s}` : `\u2212${s}`;
}

/** How far a score is from its target, for colour and for the words beside it. */
export const GAP_STATUSES = ['met', 'near', 'far', 'none'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

/** Gaps under this many points read as "close to target". */
export const NEAR_GAP = 10;

export function gapStatus(gap: number | null | undefined): GapStatus {
  if (!isScore(gap)) return 'none';
  if (gap <= 0) return 'met';
  return gap < NEAR_GAP ? 'near' : 'far';
}

/** Colours that also survive a greyscale print: the words beside them carry the meaning. */
export const STATUS_COLOURS: Readonly<Record<GapStatus, string>> = {
  met: '#1e7b4f',
  near: '#b26a00',
  far: '#b3261e',
  none: '#8a94a3',
};
