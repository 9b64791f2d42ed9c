// A question's answers as one stacked bar: a segment per answer value in the question's order
// (scale points, yes/no, options), then n/a and don't know, each as wide as its count.
import type { AnswerCount } from '../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../html/escapeHtml.js';
import { r1 } from './style.js';

/** Answer values light to dark in the question's order: blue, never the red/amber/green of verdicts. */
const STEPS = ['#dbe7f3', '#b3cde6', '#7fa8d1', '#4a7fb5', '#1f4e79', '#0f2e4d'] as const;
const NOT_SCORED: Readonly<Record<string, string>> = { 'n/a': '#eceff3', 'dont-know': '#a9b1bc' };
const YES_NO: Readonly<Record<string, string>> = { yes: '#1f4e79', no: '#b3cde6' };

/** The colour of each entry, by position among the answer values (spread over the steps). */
export function answerColours(distribution: readonly AnswerCount[]): string[] {
  const values = distribution.filter((d) => !(String(d.value) in NOT_SCORED));
  return distribution.map((d) => {
    const key = String(d.value);
    if (key in NOT_SCORED) return NOT_SCORED[key]!;
    if (key in YES_NO && values.length === 2) return YES_NO[key]!;
    const i = values.indexOf(d);
    const step = values.length <= 1 ? STEPS.length - 2 : Math.round((i * (STEPS.length - 1)) / (values.length - 1));
    return STEPS[step]!;
  });
}

/** Dark enough for white text on it. */
function dark(colour: string): boolean {
  return colour === STEPS[3] || colour === STEPS[4] || colour === STEPS[5];
}

/** "Usually 3, Always 2, n/a 1": every count, for the bar's accessible name. */
export function distributionText(distribution: readonly AnswerCount[]): string {
  return distribution.map((d) => `${d.label} ${d.count}`).join(', ');
}

/** The stacked bar; counts inside segments wide enough to hold them. Empty when nobody answered. */
export function distributionBar(distribution: readonly AnswerCount[], width = 220): string {
  const total = distribution.reduce((n, d) => n + d.count, 0);
  const h = 18;
  const colours = answerColours(distribution);
  const parts: string[] = [];
  let x = 0;
  distribution.forEach((d, i) => {
    if (d.count === 0 || total === 0) return;
    const w = (width * d.count) / total;
    const c = colours[i]!;
    parts.push(`<rect x="${r1(x)}" y="0" width="${r1(w)}" height="${h}" fill="${c}" stroke="#ffffff" stroke-width="1"><title>${esc(`${d.label}: ${d.count}`)}</title></rect>`);
    if (w >= 14) parts.push(`<text x="${r1(x + w / 2)}" y="13" text-anchor="middle" font-size="11" fill="${dark(c) ? '#ffffff' : '#1b2a41'}">${d.count}</text>`);
    x += w;
  });
  const label = total === 0 ? 'no answers' : distributionText(distribution);
  if (total === 0) parts.push(`<rect x="0.5" y="0.5" width="${width - 1}" height="${h - 1}" fill="none" stroke="#c9d1db" stroke-dasharray="3 2"/>`);
  return `<svg class="distribution" role="img" aria-label="${esc(label)}" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" font-family="inherit"><title>${esc(label)}</title>${parts.join('')}</svg>`;
}
