// The gap to target on the HTML pages: a colour, a class and words that survive a black-and-white print.
import { gapStatus, isScore, points, type GapStatus } from '../text/format.js';

/** Colours that also survive a greyscale print: the words beside them carry the meaning. */
export const STATUS_COLOURS: Readonly<Record<GapStatus, string>> = {
  met: '#1e7b4f',
  near: '#b26a00',
  far: '#b3261e',
  none: '#8a94a3',
};

export function statusClass(gap: number | null | undefined): string {
  return `status-${gapStatus(gap)}`;
}

/** The gap in words that survive a black-and-white print. */
export function gapHtml(gap: number | null): string {
  if (!isScore(gap)) return `<span class="status-none">—</span>`;
  if (gapStatus(gap) === 'met') return `<span class="status-met">✓ on target</span>`;
  return `<span class="${statusClass(gap)}">${points(gap)}</span>`;
}
