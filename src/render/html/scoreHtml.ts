// A figure with its 95% interval on the HTML pages, in the shared words ("62.4 (58.0–66.8)",
// "62.4 (1 respondent: no interval)"), the bracket set smaller so the figure still leads.
import type { Interval } from '../../core/scoring/scoreResult.js';
import { scoreWithInterval } from '../text/honestWords.js';
import { escapeHtml as esc } from './escapeHtml.js';

export interface Estimated {
  readonly score: number | null;
  readonly interval: Interval | null;
  /** Respondents who gave it a value; without it, a score without an interval rests on one (two or more always give one). */
  readonly n?: number;
}

/** "62.4 (58.0–66.8)" as the figure and a smaller bracket; text without a bracket is muted. */
export function bracketHtml(text: string, strong = false): string {
  const cut = text.indexOf(' (');
  if (cut < 0) return `<span class="muted">${esc(text)}</span>`;
  const head = esc(text.slice(0, cut));
  return `${strong ? `<strong>${head}</strong>` : head} <span class="ci">${esc(text.slice(cut + 1))}</span>`;
}

export function scoreHtml(e: Estimated, strong = false): string {
  return bracketHtml(scoreWithInterval(e.score, e.interval, e.n ?? 1), strong);
}
