// Bar charts: the small score bar of a scorecard row, and paired before/after bars per section.
import { escapeHtml as esc } from '../html/escapeHtml.js';
import type { Interval } from '../../core/scoring/scoreResult.js';
import { fixed, isScore, scoreFigure } from '../text/format.js';
import { intervalText } from '../text/honestWords.js';
import { r1, wrapWords } from './style.js';

const clamp = (v: number): number => Math.max(0, Math.min(100, v));

/** An interval as a whisker: a thin line from low to high with end caps, centred on `y`. */
export function whisker(interval: Interval | null | undefined, x: (v: number) => number, y: number, cap = 3, colour = '#1b2a41'): string {
  if (!interval) return '';
  const [a, b] = [r1(x(clamp(interval.low))), r1(x(clamp(interval.high)))];
  const lines = `<line x1="${a}" y1="${r1(y)}" x2="${b}" y2="${r1(y)}"/><line x1="${a}" y1="${r1(y - cap)}" x2="${a}" y2="${r1(y + cap)}"/><line x1="${b}" y1="${r1(y - cap)}" x2="${b}" y2="${r1(y + cap)}"/>`;
  // A white halo under the line keeps it readable over a dark bar and over the pale track alike.
  return `<g class="whisker"><g stroke="#ffffff" stroke-width="3.5" stroke-opacity="0.9">${lines}</g><g stroke="${colour}" stroke-width="1.5">${lines}</g></g>`;
}

/**
 * A 0–100 bar with a tick at the target and, when given, the 95% interval as a whisker; SVG
 * rather than CSS so it prints without "background graphics".
 */
export function scoreBar(score: number | null, target: number | null, colour: string, interval: Interval | null = null, width = 120): string {
  const h = 16;
  const w = (v: number): number => (width * clamp(v)) / 100;
  const tip = `${scoreFigure(score)}${interval ? ` (95% interval ${intervalText(interval)})` : ''}${isScore(target) ? ` against a target of ${scoreFigure(target)}` : ''}`;
  const fill = isScore(score) ? `<rect x="0" y="3" width="${r1(w(score))}" height="${h - 6}" fill="${colour}"/>` : '';
  const tx = isScore(target) ? r1(Math.min(width - 1, Math.max(1, w(target)))) : '';
  const tick = isScore(target) ? `<line x1="${tx}" y1="0" x2="${tx}" y2="${h}" stroke="#1b2a41" stroke-width="2"/>` : '';
  return (
    `<svg class="bar" role="img" aria-label="${esc(tip)}" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}">` +
    `<title>${esc(tip)}</title>` +
    `<rect x="0.5" y="3.5" width="${width - 1}" height="${h - 7}" fill="#eef1f5" stroke="#b8c2cf" stroke-width="1"/>` +
    fill +
    tick +
    whisker(interval, w, h / 2, 4, '#111820') +
    `</svg>`
  );
}

export interface PairedRow {
  readonly label: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly intervalBefore?: Interval | null;
  readonly intervalAfter?: Interval | null;
  readonly target?: number;
}

export interface PairedBarsOptions {
  readonly title: string;
  readonly rows: readonly PairedRow[];
  readonly beforeLabel: string;
  readonly afterLabel: string;
}

const BEFORE = { fill: '#c5cfdb', stroke: '#6b7686' };
const AFTER = { fill: '#1f4e79', stroke: '#1f4e79' };

/** Horizontal paired bars: before (light, outlined) above after (dark), values at the bar ends. */
export function pairedBars(opts: PairedBarsOptions): string {
  const labelW = 220;
  const plotW = 520;
  const valueW = 56;
  const width = labelW + plotW + valueW + 10;
  const barH = 15;
  const rowGap = 14;
  const top = 44;
  const rowH = 2 * barH + 2 + rowGap;
  const x = (v: number): number => labelW + (plotW * clamp(v)) / 100;

  const parts: string[] = [];
  // Legend.
  parts.push(
    `<rect x="${labelW}" y="6" width="14" height="10" fill="${BEFORE.fill}" stroke="${BEFORE.stroke}"/><text x="${labelW + 20}" y="15" font-size="12" fill="#2f3b4c">${esc(opts.beforeLabel)}</text>`,
  );
  const afterX = labelW + 40 + Math.min(220, opts.beforeLabel.length * 7);
  parts.push(
    `<rect x="${afterX}" y="6" width="14" height="10" fill="${AFTER.fill}" stroke="${AFTER.stroke}"/><text x="${afterX + 20}" y="15" font-size="12" fill="#2f3b4c">${esc(opts.afterLabel)}</text>`,
  );
  if (opts.rows.some((r) => isScore(r.target))) {
    const tx = afterX + 40 + Math.min(220, opts.afterLabel.length * 7);
    parts.push(`<line x1="${tx + 7}" y1="4" x2="${tx + 7}" y2="18" stroke="#2b2b2b" stroke-width="1.5" stroke-dasharray="3 2"/><text x="${tx + 16}" y="15" font-size="12" fill="#2f3b4c">Target</text>`);
  }
  const bottom = top + opts.rows.length * rowH - rowGap + 6;
  // Gridlines and their scale.
  for (let g = 0; g <= 100; g += 20) {
    parts.push(`<line x1="${r1(x(g))}" y1="${top - 6}" x2="${r1(x(g))}" y2="${bottom}" stroke="${g === 0 ? '#9aa5b4' : '#e3e8ee'}" stroke-width="1"/>`);
    parts.push(`<text x="${r1(x(g))}" y="${top - 10}" text-anchor="middle" font-size="10" fill="#6b7686">${g}</text>`);
  }

  opts.rows.forEach((row, i) => {
    const y0 = top + i * rowH;
    const lines = wrapWords(row.label, 30, 2);
    const mid = y0 + barH;
    parts.push(
      `<text class="bar-label" text-anchor="end" font-size="12" fill="#2f3b4c">${lines
        .map((l, li) => `<tspan x="${labelW - 10}" y="${r1(mid + 4 + (li - (lines.length - 1) / 2) * 14)}">${esc(l)}</tspan>`)
        .join('')}</text>`,
    );
    const bar = (v: number | null, i: Interval | null | undefined, y: number, paint: { fill: string; stroke: string }, name: string, cls: string, bold: boolean): void => {
      const tip = esc(`${row.label}, ${name}: ${scoreFigure(v)}${i ? ` (95% interval ${intervalText(i)})` : ''}`);
      if (isScore(v)) {
        parts.push(`<rect class="${cls}" x="${labelW}" y="${y}" width="${r1(Math.max(0.5, x(v) - labelW))}" height="${barH}" fill="${paint.fill}" stroke="${paint.stroke}" stroke-width="1"><title>${tip}</title></rect>`);
        parts.push(whisker(i, x, y + barH / 2, 4, '#111820'));
        const end = Math.max(x(v), i ? x(i.high) : 0);
        parts.push(`<text x="${r1(end + 5)}" y="${y + barH - 2}" font-size="11"${bold ? ' font-weight="700"' : ''} fill="#1b2a41">${fixed(v)}</text>`);
      } else {
        parts.push(`<text x="${labelW + 5}" y="${y + barH - 2}" font-size="11" font-style="italic" fill="#6b7686">not assessed<title>${tip}</title></text>`);
      }
    };
    bar(row.before, row.intervalBefore, y0, BEFORE, opts.beforeLabel, 'bar-before', false);
    bar(row.after, row.intervalAfter, y0 + barH + 2, AFTER, opts.afterLabel, 'bar-after', true);
    if (isScore(row.target)) {
      const tx = r1(x(row.target));
      parts.push(`<line x1="${tx}" y1="${y0 - 3}" x2="${tx}" y2="${y0 + 2 * barH + 5}" stroke="#2b2b2b" stroke-width="1.5" stroke-dasharray="3 2"><title>${esc(`Target ${scoreFigure(row.target)}`)}</title></line>`);
    }
  });
  const height = bottom + 8;
  const desc = opts.rows.map((r) => `${r.label}: ${opts.beforeLabel} ${scoreFigure(r.before)}, ${opts.afterLabel} ${scoreFigure(r.after)}`).join('; ');
  return (
    `<svg class="chart paired-bars" role="img" aria-label="${esc(opts.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="inherit">` +
    `<title>${esc(opts.title)}</title><desc>${esc(desc)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
