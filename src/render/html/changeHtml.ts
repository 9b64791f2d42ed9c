// A change between two rounds on the HTML pages: arrow, signed points and the shared word for its
// direction, then the noise it was tested against. `within-noise` is never "improved".
import type { ChangeDirection, NoNoiseReason } from '../../core/scoring/noise.js';
import { signed } from '../text/format.js';
import { DIRECTION_ARROWS, DIRECTION_WORDS, noiseText } from '../text/honestWords.js';
import { escapeHtml as esc } from './escapeHtml.js';

/** A direction's colour class; the arrow and the word carry it in greyscale. */
const DIRECTION_CLASS: Readonly<Record<ChangeDirection, string>> = {
  improved: 'change-up',
  regressed: 'change-down',
  'within-noise': 'change-flat',
  unchanged: 'change-flat',
  'not-comparable': 'change-flat',
};

/** "▲ +13.8 improved" over "noise ±9.6". */
export function changeHtml(c: { readonly change: number | null; readonly noise: number | null; readonly direction: ChangeDirection; readonly noNoise?: NoNoiseReason }): string {
  if (c.change === null) return `<span class="change-flat small">${DIRECTION_WORDS['not-comparable']}</span>`;
  return `<span class="${DIRECTION_CLASS[c.direction]} nowrap"><strong>${DIRECTION_ARROWS[c.direction]} ${signed(c.change, 'to-fixed')}</strong> <span class="small">${
    DIRECTION_WORDS[c.direction]
  }</span></span><br><span class="muted small">${esc(noiseText(c))}</span>`;
}
