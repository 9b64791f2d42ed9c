// A radar (spider) chart of section scores against their targets, as an inline SVG string; it
// needs at least three axes (callers fall back to the scorecard below that).
// Scores are percentages on fixed 0–100 axes so charts from different reports compare by eye.
import { escapeHtml as esc } from '../html/escapeHtml.js';
import { isScore, scoreFigure } from '../text/format.js';
import { SERIES_STYLES, TARGET, TARGET_STROKE, marker, r1, wrapWords, type MarkerShape } from './style.js';

export interface RadarSeries {
  readonly name: string;
  /** One value per axis, in percent; null = not assessed (drawn at the centre). */
  readonly values: readonly (number | null)[];
}

export interface RadarOptions {
  /** Accessible name of the chart. */
  readonly title: string;
  /** Axis labels (section titles), clockwise from the top. */
  readonly axes: readonly string[];
  readonly series: readonly RadarSeries[];
  /** Per-axis targets, drawn as a dashed polygon. */
  readonly targets?: readonly number[];
  /** Print each axis's value under its label (sensible with a single series). */
  readonly valueLabels?: boolean;
}

const GRID = [20, 40, 60, 80, 100] as const;
const R = 165;
const LABEL_GAP = 16;
const LINE = 15;
const WRAP = 18;
/** Room for labels on either side and above/below the plot. */
const SIDE = 140;
const TOP = 62;

/** Where the plot sits and how a value on an axis maps to a point. */
interface Plot {
  readonly width: number;
  readonly cx: number;
  readonly cy: number;
  /** The angle of axis `i`, clockwise from the top. */
  readonly angle: (i: number) => number;
  readonly at: (i: number, value: number) => [number, number];
  /** SVG points of a polygon through one value per axis (not assessed at the centre). */
  readonly poly: (values: readonly (number | null | undefined)[]) => string;
}

function plotFor(axes: number): Plot {
  const width = 2 * (R + SIDE);
  const cx = width / 2;
  const cy = TOP + R;
  const angle = (i: number): number => -Math.PI / 2 + (2 * Math.PI * i) / axes;
  const at = (i: number, value: number): [number, number] => {
    const r = (R * Math.max(0, Math.min(100, value))) / 100;
    return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))];
  };
  const poly = (values: readonly (number | null | undefined)[]): string => values.map((v, i) => at(i, isScore(v) ? v : 0).map(r1).join(',')).join(' ');
  return { width, cx, cy, angle, at, poly };
}

/** Gridlines at 20/40/…/100, one spoke per axis, and the ring values. */
function grid(p: Plot, axes: number): string[] {
  const parts: string[] = [];
  for (const g of GRID) {
    parts.push(`<polygon class="grid" points="${p.poly(Array.from({ length: axes }, () => g))}" fill="none" stroke="${g === 100 ? '#9aa5b4' : '#d5dbe3'}" stroke-width="1"/>`);
  }
  for (let i = 0; i < axes; i++) {
    const [x, y] = p.at(i, 100);
    parts.push(`<line x1="${p.cx}" y1="${p.cy}" x2="${r1(x)}" y2="${r1(y)}" stroke="#d5dbe3" stroke-width="1"/>`);
  }
  for (const g of GRID) {
    parts.push(`<text x="${p.cx + 4}" y="${r1(p.cy - (R * g) / 100 + 11)}" font-size="10" fill="#6b7686">${g}</text>`);
  }
  return parts;
}

function targetPolygon(p: Plot, opts: RadarOptions, t: readonly number[]): string {
  return `<polygon class="target" points="${p.poly(t)}" fill="none" ${TARGET_STROKE}><title>${esc(
    `Target: ${opts.axes.map((a, i) => `${a} ${scoreFigure(t[i])}`).join(', ')}`,
  )}</title></polygon>`;
}

/** Each series as a polygon with a marker per axis; a single series is filled. */
function seriesShapes(p: Plot, opts: RadarOptions): string[] {
  const parts: string[] = [];
  opts.series.forEach((s, si) => {
    const style = SERIES_STYLES[si % SERIES_STYLES.length]!;
    const fill = opts.series.length === 1 ? style.colour : 'none';
    parts.push(
      `<polygon class="series" points="${p.poly(s.values)}" fill="${fill}" fill-opacity="0.16" stroke="${style.colour}" stroke-width="2.5" stroke-linejoin="round"${
        style.dash ? ` stroke-dasharray="${style.dash}"` : ''
      }><title>${esc(`${s.name}: ${opts.axes.map((a, i) => `${a} ${scoreFigure(s.values[i])}`).join(', ')}`)}</title></polygon>`,
    );
    s.values.forEach((v, i) => {
      const [x, y] = p.at(i, isScore(v) ? v : 0);
      const tip = `${s.name} · ${opts.axes[i] ?? ''}: ${scoreFigure(v)}${opts.targets && isScore(opts.targets[i]) ? ` (target ${scoreFigure(opts.targets[i])})` : ''}`;
      parts.push(marker(style.shape, x, y, style.colour, isScore(v), esc(tip)));
    });
  });
  return parts;
}

/** Axis labels: wrapped, anchored away from the centre, with the value underneath if asked. */
function axisLabels(p: Plot, opts: RadarOptions): string[] {
  return opts.axes.map((label, i) => {
    const a = p.angle(i);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const lines = wrapWords(label, WRAP, 3);
    const value = opts.valueLabels ? opts.series[0]?.values[i] : undefined;
    const all: { text: string; cls: string }[] = lines.map((t) => ({ text: t, cls: 'axis-label' }));
    if (opts.valueLabels) all.push({ text: scoreFigure(value), cls: 'axis-value' });
    const x = p.cx + (R + LABEL_GAP) * cos;
    const y = p.cy + (R + LABEL_GAP) * sin;
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const height = (all.length - 1) * LINE;
    // Top labels grow upwards, bottom ones downwards, side ones stay centred on the spoke.
    const first = y - height / 2 + sin * (height / 2 + 6) + 4;
    const tspans = all
      .map((l, li) => `<tspan x="${r1(x)}" y="${r1(first + li * LINE)}"${l.cls === 'axis-value' ? ' font-weight="700" fill="#1b2a41"' : ''}>${esc(l.text)}</tspan>`)
      .join('');
    return `<text class="axis" text-anchor="${anchor}" font-size="13" fill="#2f3b4c">${tspans}</text>`;
  });
}

interface LegendItem {
  readonly name: string;
  readonly colour: string;
  readonly dash?: string;
  readonly shape?: MarkerShape;
  /** The target's band instead of a series line. */
  readonly band?: boolean;
}

/** Lays legend items out in rows that fit the width. */
function legendRows(items: readonly LegendItem[], width: number): { text: string; w: number; item: LegendItem }[][] {
  const rows: { text: string; w: number; item: LegendItem }[][] = [[]];
  let used = 0;
  for (const item of items) {
    const text = wrapWords(item.name, 44, 1)[0] ?? '';
    const w = 34 + Math.ceil(text.length * 6.6) + 18;
    const row = rows[rows.length - 1]!;
    if (row.length > 0 && used + w > width - 40) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push({ text, w, item });
    used += w;
  }
  return rows;
}

/** The legend under the plot, each row centred; and where the chart ends below it. */
function legend(p: Plot, opts: RadarOptions): { items: string[]; bottom: number } {
  const entries: LegendItem[] = opts.series.map((s, si) => {
    const st = SERIES_STYLES[si % SERIES_STYLES.length]!;
    return { name: s.name, colour: st.colour, ...(st.dash && { dash: st.dash }), shape: st.shape };
  });
  if (opts.targets) entries.push({ name: 'Target', colour: TARGET.colour, band: true });
  const rows = legendRows(entries, p.width);
  const legendTop = p.cy + R + TOP + 10;
  const items: string[] = [];
  rows.forEach((row, ri) => {
    const ly = legendTop + ri * 22;
    let lx = (p.width - row.reduce((sum, e) => sum + e.w, 0) + 24) / 2;
    for (const { text, w, item } of row) {
      items.push(
        `<g class="legend-item"><line x1="${r1(lx + (item.band ? 3 : 0))}" y1="${ly}" x2="${r1(lx + (item.band ? 25 : 28))}" y2="${ly}" ${
          item.band ? TARGET_STROKE : `stroke="${item.colour}" stroke-width="2.5"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}`
        }/>${item.shape ? marker(item.shape, lx + 14, ly, item.colour, true) : ''}<text x="${r1(lx + 34)}" y="${ly + 4}" font-size="13" fill="#2f3b4c">${esc(text)}</text></g>`,
      );
      lx += w;
    }
  });
  return { items, bottom: legendTop + (rows.length - 1) * 22 + 16 };
}

/** Every value in words, for screen readers. */
function description(opts: RadarOptions): string {
  return opts.series
    .map((s) => `${s.name}: ${opts.axes.map((a, i) => `${a} ${scoreFigure(s.values[i])}`).join('; ')}`)
    .concat(opts.targets ? [`Target: ${opts.axes.map((a, i) => `${a} ${scoreFigure(opts.targets?.[i])}`).join('; ')}`] : [])
    .join('. ');
}

export function radar(opts: RadarOptions): string {
  const p = plotFor(opts.axes.length);
  const parts = [...grid(p, opts.axes.length), ...(opts.targets ? [targetPolygon(p, opts, opts.targets)] : []), ...seriesShapes(p, opts), ...axisLabels(p, opts)];
  const { items, bottom: height } = legend(p, opts);
  const width = p.width;
  return (
    `<svg class="chart radar" role="img" aria-label="${esc(opts.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="inherit">` +
    `<title>${esc(opts.title)}</title><desc>${esc(description(opts))}</desc>` +
    parts.join('') +
    items.join('') +
    `</svg>`
  );
}
