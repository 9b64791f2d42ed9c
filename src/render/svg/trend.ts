// A trend chart of one score over assessment rounds: each round's score with its 95% interval as
// a whisker, on a fixed 0–100 scale, with the target as a band labelled outside the plot.
import type { Interval } from '../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../html/escapeHtml.js';
import { fixed, isScore, scoreFigure } from '../text/format.js';
import { intervalText } from '../text/honestWords.js';
import { r1, TARGET_STROKE } from './style.js';

export interface TrendPoint {
  /** The round, usually its date. */
  readonly label: string;
  /** Percent; null = not assessed in that round (the line breaks there). */
  readonly value: number | null;
  readonly interval?: Interval | null;
}

export interface TrendOptions {
  readonly title: string;
  readonly points: readonly TrendPoint[];
  /** Drawn as a band, labelled at the right. */
  readonly target?: number;
  readonly width?: number;
  readonly height?: number;
  readonly colour?: string;
}

/** Round labels under every point up to this many rounds; beyond it only the first and last. */
const LABEL_ALL = 6;
/** Room for the 0–100 scale on the left and the target's label on the right. */
const PAD = { left: 34, right: 74, top: 12 } as const;
/** A value label closer than this to the target line moves to the other side of its point. */
const CLEAR = 10;

/** The chart's size and how a round and a score map to a point. */
function frameFor(opts: TrendOptions) {
  const width = opts.width ?? 460;
  const height = opts.height ?? 150;
  const bottom = height - 26;
  const n = opts.points.length;
  const span = width - PAD.left - PAD.right - 24;
  // Fixed 0–100 scale: a flat line means no change, not a zoomed-in wobble.
  return {
    width,
    height,
    bottom,
    x: (i: number): number => PAD.left + 12 + (n <= 1 ? span / 2 : (span * i) / (n - 1)),
    y: (v: number): number => bottom - ((bottom - PAD.top) * Math.max(0, Math.min(100, v))) / 100,
  };
}

type Frame = ReturnType<typeof frameFor>;

/** The 0/50/100 rules with their values, and the target band with its label outside the plot. */
function axes(f: Frame, target: number | undefined): string[] {
  const right = f.width - PAD.right;
  const parts = [0, 50, 100].map(
    (g) =>
      `<line x1="${PAD.left}" y1="${r1(f.y(g))}" x2="${right}" y2="${r1(f.y(g))}" stroke="${g === 0 ? '#9aa5b4' : '#e3e8ee'}" stroke-width="1"/><text x="${PAD.left - 5}" y="${r1(f.y(g) + 3.5)}" text-anchor="end" font-size="10" fill="#6b7686">${g}</text>`,
  );
  if (isScore(target)) {
    const ty = r1(f.y(target));
    parts.push(`<line class="target" x1="${PAD.left}" y1="${ty}" x2="${right}" y2="${ty}" ${TARGET_STROKE}><title>${esc(`Target ${scoreFigure(target)}`)}</title></line>`);
    parts.push(`<text class="target-label" x="${right + 6}" y="${r1(f.y(target) + 4)}" font-size="11" fill="#4a5566">target ${fixed(target)}</text>`);
  }
  return parts;
}

/** Where a point's value label goes: above its whisker unless that touches the target line, else below. */
function labelY(f: Frame, p: TrendPoint & { value: number }, target: number | undefined): number {
  const above = f.y(p.interval ? Math.max(p.interval.high, p.value) : p.value) - 6;
  const below = f.y(p.interval ? Math.min(p.interval.low, p.value) : p.value) + 14;
  if (!isScore(target)) return above;
  const ty = f.y(target);
  const clearOf = (y: number): boolean => Math.abs(y - 4 - ty) >= CLEAR && y - 10 >= 0 && y <= f.bottom - 2;
  if (clearOf(above)) return above;
  if (clearOf(below)) return below;
  return Math.abs(above - 4 - ty) >= Math.abs(below - 4 - ty) ? above : below;
}

function pointMarks(f: Frame, opts: TrendOptions, colour: string): string[] {
  const n = opts.points.length;
  const parts: string[] = [];
  opts.points.forEach((p, i) => {
    const last = i === n - 1;
    const cx = r1(f.x(i));
    const tip = esc(`${p.label}: ${scoreFigure(p.value)}${p.interval ? ` (95% interval ${intervalText(p.interval)})` : ''}`);
    if (isScore(p.value)) {
      if (p.interval) {
        const [hi, lo] = [r1(f.y(p.interval.high)), r1(f.y(p.interval.low))];
        parts.push(`<g class="whisker" stroke="${colour}" stroke-width="1.5"><line x1="${cx}" y1="${hi}" x2="${cx}" y2="${lo}"/><line x1="${r1(f.x(i) - 4)}" y1="${hi}" x2="${r1(f.x(i) + 4)}" y2="${hi}"/><line x1="${r1(f.x(i) - 4)}" y1="${lo}" x2="${r1(f.x(i) + 4)}" y2="${lo}"/></g>`);
      }
      parts.push(`<circle cx="${cx}" cy="${r1(f.y(p.value))}" r="${last ? 4.5 : 3.5}" fill="${last ? colour : '#ffffff'}" stroke="${colour}" stroke-width="1.8"><title>${tip}</title></circle>`);
      const ly = labelY(f, { ...p, value: p.value }, opts.target);
      parts.push(`<text class="value" x="${cx}" y="${r1(ly)}" text-anchor="middle" font-size="11.5"${last ? ' font-weight="700"' : ''} fill="#1b2a41">${fixed(p.value)}</text>`);
    } else {
      // Not assessed that round: a hollow grey mark on the baseline, explained by its title.
      parts.push(`<circle cx="${cx}" cy="${r1(f.bottom)}" r="3.5" fill="#ffffff" stroke="#8a94a3" stroke-width="1.5"><title>${tip}</title></circle>`);
    }
    if (n <= LABEL_ALL || i === 0 || last) parts.push(`<text x="${cx}" y="${f.height - 8}" text-anchor="middle" font-size="11" fill="#4a5566">${esc(p.label)}</text>`);
  });
  return parts;
}

export function trend(opts: TrendOptions): string {
  const f = frameFor(opts);
  const colour = opts.colour ?? '#1f4e79';
  const parts = axes(f, opts.target);
  // Line segments between consecutive assessed rounds.
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 1) parts.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${colour}" stroke-width="2.2" stroke-linejoin="round"/>`);
    run = [];
  };
  opts.points.forEach((p, i) => {
    if (isScore(p.value)) run.push(`${r1(f.x(i))},${r1(f.y(p.value))}`);
    else flush();
  });
  flush();
  parts.push(...pointMarks(f, opts, colour));
  const desc = opts.points.map((p) => `${p.label} ${scoreFigure(p.value)}${p.interval ? ` (${intervalText(p.interval)})` : ''}`).join(', ');
  return (
    `<svg class="chart trend" role="img" aria-label="${esc(`${opts.title}: ${desc}`)}" viewBox="0 0 ${f.width} ${f.height}" width="${f.width}" height="${f.height}" font-family="inherit">` +
    `<title>${esc(opts.title)}</title><desc>${esc(desc)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
