// The verdict on the HTML pages: a colour, a class and words that survive a black-and-white print.
// Only a verdict (on or below target) carries a colour; a score without one is grey, never green.
import { hasVerdict, type Verdict } from '../../core/scoring/scoreResult.js';
import { gapStatus, isScore, points, type GapStatus } from '../text/format.js';
import { VERDICT_WORDS } from '../text/honestWords.js';

/** Colours that also survive a greyscale print: the words beside them carry the meaning. */
export const STATUS_COLOURS: Readonly<Record<GapStatus, string>> = {
  met: '#1e7b4f',
  near: '#b26a00',
  far: '#b3261e',
  none: '#8a94a3',
};

/** A score's verdict and its gap to target. */
export interface Judged {
  readonly verdict: Verdict;
  readonly gap: number | null;
}

/** How far from target, or "none" where there is no verdict to colour. */
export function verdictStatus(j: Judged): GapStatus {
  return hasVerdict(j.verdict) ? gapStatus(j.gap) : 'none';
}

export function statusClass(j: Judged): string {
  return `status-${verdictStatus(j)}`;
}

/** The verdict as a badge with a mark, so it reads without colour. */
export function verdictBadge(verdict: Verdict): string {
  switch (verdict) {
    case 'on-target':
      return `<span class="badge met">✓ ${VERDICT_WORDS[verdict]}</span>`;
    case 'below-target':
      return `<span class="badge below">▼ ${VERDICT_WORDS[verdict]}</span>`;
    case 'insufficient-data':
      return `<span class="badge none">? ${VERDICT_WORDS[verdict]}</span>`;
    case 'not-assessed':
      return `<span class="muted nowrap">${VERDICT_WORDS[verdict]}</span>`;
  }
}

/** The gap in points where a verdict says it is below target; "—" otherwise. */
export function gapHtml(j: Judged): string {
  if (j.verdict !== 'below-target' || !isScore(j.gap)) return `<span class="status-none">—</span>`;
  return `<span class="${statusClass(j)}">${points(j.gap)}</span>`;
}

const STATUS_WORDS: Readonly<Record<GapStatus, string>> = {
  met: '✓ on target',
  near: '▼ below target by under 10 points',
  far: '▼ below target by 10 points or more',
  none: '? no verdict: needs more answers',
};

/** A key to the colours a table uses: only those that occur, so it never mentions a verdict nobody got. */
export function statusLegend(judged: readonly Judged[]): string {
  const present = new Set(judged.filter((j) => j.verdict !== 'not-assessed').map(verdictStatus));
  return (Object.keys(STATUS_WORDS) as GapStatus[])
    .filter((k) => present.has(k))
    .map((k) => `<span class="key"><span class="swatch" style="background:${STATUS_COLOURS[k]}"></span>${STATUS_WORDS[k]}</span>`)
    .join(' ');
}
