// The delivery gap as a dumbbell chart: per element, the staff's score and the customers' score
// on one 0–100 line joined by a bar, each with its 95% interval, and the target marked.
import type { Interval } from '../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../html/escapeHtml.js';
import { fixed, isScore, scoreFigure } from '../text/format.js';
import { intervalText } from '../text/honestWords.js';
import { whisker } from './bars.js';
import { marker, r1, wrapWords, type MarkerShape } from './style.js';

export interface DumbbellSide {
  readonly score: number | null;
  readonly interval: Interval | null;
}

export interface DumbbellRow {
  readonly label: string;
  readonly staff: DumbbellSide;
  readonly customers: DumbbellSide;
  readonly target: number;
}

export interface DumbbellOptions {
  readonly title: string;
  readonly rows: readonly DumbbellRow[];
}

/** Neither red, amber nor green: those say how far from target. */
const SIDES = {
  staff: { name: 'Staff', colour: '#1f4e79', shape: 'circle' as MarkerShape, dy: -7 },
  customers: { name: 'Customers', colour: '#7b4fa0', shape: 'diamond' as MarkerShape, dy: 7 },
} as const;

const LABEL_W = 200;
const PLOT_W = 520;
const TOP = 46;
const ROW_H = 54;

const x = (v: number): number => LABEL_W + (PLOT_W * Math.max(0, Math.min(100, v))) / 100;

function legend(): string {
  let lx = 40;
  const items = Object.values(SIDES).map((s) => {
    const text = `${s.name} (whisker: 95% interval)`;
    const item = `<g class="legend-item">${marker(s.shape, lx + 6, 12, s.colour, true)}<text x="${lx + 16}" y="16" font-size="12" fill="#2f3b4c">${text}</text></g>`;
    lx += 16 + Math.ceil(text.length * 6.8) + 24;
    return item;
  });
  items.push(`<g class="legend-item"><line x1="${lx + 6}" y1="4" x2="${lx + 6}" y2="20" stroke="#1b2a41" stroke-width="2"/><text x="${lx + 14}" y="16" font-size="12" fill="#2f3b4c">Target</text></g>`);
  return items.join('');
}

function side(row: DumbbellRow, key: keyof typeof SIDES, y: number): string {
  const s = SIDES[key];
  const v = row[key];
  if (!isScore(v.score)) return '';
  const tip = esc(`${row.label}, ${s.name.toLowerCase()}: ${scoreFigure(v.score)}${v.interval ? ` (95% interval ${intervalText(v.interval)})` : ''}`);
  const ly = y + s.dy;
  const labelY = key === 'staff' ? ly - 6 : ly + 15;
  return (
    whisker(v.interval, x, ly, 3, s.colour) +
    marker(s.shape, x(v.score), y, s.colour, true, tip) +
    `<text class="${key}-value" x="${r1(x(v.score))}" y="${r1(labelY)}" text-anchor="middle" font-size="11" font-weight="700" fill="${s.colour}">${fixed(v.score)}</text>`
  );
}

function row(r: DumbbellRow, i: number): string {
  const y = TOP + i * ROW_H + ROW_H / 2;
  const lines = wrapWords(r.label, 26, 2);
  const label = `<text class="bar-label" text-anchor="end" font-size="12.5" fill="#2f3b4c">${lines
    .map((l, li) => `<tspan x="${LABEL_W - 12}" y="${r1(y + 4 + (li - (lines.length - 1) / 2) * 15)}">${esc(l)}</tspan>`)
    .join('')}</text>`;
  const track = `<line x1="${LABEL_W}" y1="${y}" x2="${LABEL_W + PLOT_W}" y2="${y}" stroke="#eef1f5" stroke-width="1"/>`;
  const tx = r1(x(r.target));
  const target = `<line class="target" x1="${tx}" y1="${y - 10}" x2="${tx}" y2="${y + 10}" stroke="#1b2a41" stroke-width="2.5"><title>${esc(`Target ${scoreFigure(r.target)}`)}</title></line>`;
  const both = isScore(r.staff.score) && isScore(r.customers.score);
  const bar = both ? `<line class="gap" x1="${r1(x(r.staff.score!))}" y1="${y}" x2="${r1(x(r.customers.score!))}" y2="${y}" stroke="#8a94a3" stroke-width="4" stroke-linecap="round"/>` : '';
  return `<g class="dumbbell-row">${label}${track}${bar}${target}${side(r, 'customers', y)}${side(r, 'staff', y)}</g>`;
}

export function dumbbell(opts: DumbbellOptions): string {
  const width = LABEL_W + PLOT_W + 30;
  const bottom = TOP + opts.rows.length * ROW_H;
  const height = bottom + 22;
  const grid = [0, 20, 40, 60, 80, 100]
    .map((g) => `<line x1="${r1(x(g))}" y1="${TOP - 6}" x2="${r1(x(g))}" y2="${bottom}" stroke="${g === 0 ? '#9aa5b4' : '#e3e8ee'}" stroke-width="1"/><text x="${r1(x(g))}" y="${bottom + 15}" text-anchor="middle" font-size="10" fill="#6b7686">${g}</text>`)
    .join('');
  const desc = opts.rows.map((r) => `${r.label}: staff ${scoreFigure(r.staff.score)}, customers ${scoreFigure(r.customers.score)}, target ${scoreFigure(r.target)}`).join('; ');
  return (
    `<svg class="chart dumbbell" role="img" aria-label="${esc(opts.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="inherit">` +
    `<title>${esc(opts.title)}</title><desc>${esc(desc)}</desc>` +
    legend() +
    grid +
    opts.rows.map(row).join('') +
    `</svg>`
  );
}
