// A radar (spider) chart of section scores against their targets, as an inline SVG string; it
// needs at least three axes (callers fall back to the scorecard below that).
// Scores are percentages on fixed 0–100 axes so charts from different reports compare by eye.
import { escapeHtml as esc } from '../html/escapeHtml.js';
import { fixed, isScore, NOT_ASSESSED, percent } from '../text/format.js';
import { SERIES_STYLES, marker, wrapWords } from './style.js';

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

const round = (n: number): string => String(Math.round(n * 10) / 10);

export function radar(opts: RadarOptions): string {
  const n = opts.axes.length;
  const width = 2 * (R + SIDE);
  const cx = width / 2;
  const cy = TOP + R;
  const angle = (i: number): number => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, value: number): [number, number] => {
    const r = (R * Math.max(0, Math.min(100, value))) / 100;
    return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))];
  };
  const poly = (values: readonly (number | null)[]): string =>
    values.map((v, i) => at(i, isScore(v) ? v : 0).map(round).join(',')).join(' ');

  const parts: string[] = [];

  // Gridlines at 20/40/…/100 and one spoke per axis.
  for (const g of GRID) {
    parts.push(`<polygon class="grid" points="${poly(opts.axes.map(() => g))}" fill="none" stroke="${g === 100 ? '#9aa5b4' : '#d5dbe3'}" stroke-width="1"/>`);
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = at(i, 100);
    parts.push(`<line x1="${cx}" y1="${cy}" x2="${round(x)}" y2="${round(y)}" stroke="#d5dbe3" stroke-width="1"/>`);
  }
  for (const g of GRID) {
    parts.push(`<text x="${cx + 4}" y="${round(cy - (R * g) / 100 + 11)}" font-size="10" fill="#6b7686">${g}</text>`);
  }

  if (opts.targets) {
    const t = opts.targets;
    parts.push(
      `<polygon class="target" points="${poly(t)}" fill="none" stroke="#2b2b2b" stroke-width="1.5" stroke-dasharray="6 4"><title>${esc(
        `Target: ${opts.axes.map((a, i) => `${a} ${percent(t[i])}`).join(', ')}`,
      )}</title></polygon>`,
    );
  }

  opts.series.forEach((s, si) => {
    const style = SERIES_STYLES[si % SERIES_STYLES.length]!;
    const fill = opts.series.length === 1 ? style.colour : 'none';
    parts.push(
      `<polygon class="series" points="${poly(s.values)}" fill="${fill}" fill-opacity="0.16" stroke="${style.colour}" stroke-width="2.5" stroke-linejoin="round"${
        style.dash ? ` stroke-dasharray="${style.dash}"` : ''
      }><title>${esc(`${s.name}: ${opts.axes.map((a, i) => `${a} ${percent(s.values[i])}`).join(', ')}`)}</title></polygon>`,
    );
    s.values.forEach((v, i) => {
      const [x, y] = at(i, isScore(v) ? v : 0);
      const tip = `${s.name} · ${opts.axes[i] ?? ''}: ${percent(v)}${opts.targets && isScore(opts.targets[i]) ? ` (target ${percent(opts.targets[i])})` : ''}`;
      parts.push(marker(style.shape, x, y, style.colour, isScore(v), esc(tip)));
    });
  });

  // Axis labels: wrapped, anchored away from the centre, with the value underneath if asked.
  opts.axes.forEach((label, i) => {
    const a = angle(i);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const lines = wrapWords(label, WRAP, 3);
    const value = opts.valueLabels ? opts.series[0]?.values[i] : undefined;
    const all: { text: string; cls: string }[] = lines.map((t) => ({ text: t, cls: 'axis-label' }));
    if (opts.valueLabels) all.push({ text: isScore(value) ? `${fixed(value)}%` : NOT_ASSESSED, cls: 'axis-value' });
    const x = cx + (R + LABEL_GAP) * cos;
    const y = cy + (R + LABEL_GAP) * sin;
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const height = (all.length - 1) * LINE;
    // Top labels grow upwards, bottom ones downwards, side ones stay centred on the spoke.
    const first = y - height / 2 + sin * (height / 2 + 6) + 4;
    const tspans = all
      .map(
        (l, li) =>
          `<tspan x="${round(x)}" y="${round(first + li * LINE)}"${l.cls === 'axis-value' ? ' font-weight="700" fill="#1b2a41"' : ''}>${esc(l.text)}</tspan>`,
      )
      .join('');
    parts.push(`<text class="axis" text-anchor="${anchor}" font-size="13" fill="#2f3b4c">${tspans}</text>`);
  });

  // Legend under the plot, wrapped into rows.
  const legend: { name: string; colour: string; dash?: string; shape?: (typeof SERIES_STYLES)[number]['shape'] }[] = opts.series.map((s, si) => {
    const st = SERIES_STYLES[si % SERIES_STYLES.length]!;
    return { name: s.name, colour: st.colour, ...(st.dash && { dash: st.dash }), shape: st.shape };
  });
  if (opts.targets) legend.push({ name: 'Target', colour: '#2b2b2b', dash: '6 4' });
  // Lay items out in rows that fit the width, then centre each row under the plot.
  const rows: { text: string; w: number; item: (typeof legend)[number] }[][] = [[]];
  let used = 0;
  for (const item of legend) {
    const text = wrapWords(item.name, 44, 1)[0] ?? '';
    const w = 34 + text.length * 7 + 24;
    const row = rows[rows.length - 1]!;
    if (row.length > 0 && used + w > width - 40) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push({ text, w, item });
    used += w;
  }
  const legendTop = cy + R + TOP + 10;
  const items: string[] = [];
  rows.forEach((row, ri) => {
    const ly = legendTop + ri * 22;
    let lx = (width - row.reduce((sum, e) => sum + e.w, 0) + 24) / 2;
    for (const { text, w, item } of row) {
      items.push(
        `<g class="legend-item"><line x1="${round(lx)}" y1="${ly}" x2="${round(lx + 28)}" y2="${ly}" stroke="${item.colour}" stroke-width="2.5"${
          item.dash ? ` stroke-dasharray="${item.dash}"` : ''
        }/>${item.shape ? marker(item.shape, lx + 14, ly, item.colour, true) : ''}<text x="${round(lx + 34)}" y="${ly + 4}" font-size="13" fill="#2f3b4c">${esc(text)}</text></g>`,
      );
      lx += w;
    }
  });
  const ly = legendTop + (rows.length - 1) * 22;
  const height = ly + 16;

  const desc = opts.series
    .map((s) => `${s.name}: ${opts.axes.map((a, i) => `${a} ${percent(s.values[i])}`).join('; ')}`)
    .concat(opts.targets ? [`Target: ${opts.axes.map((a, i) => `${a} ${percent(opts.targets?.[i])}`).join('; ')}`] : [])
    .join('. ');
  return (
    `<svg class="chart radar" role="img" aria-label="${esc(opts.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="inherit">` +
    `<title>${esc(opts.title)}</title><desc>${esc(desc)}</desc>` +
    parts.join('') +
    items.join('') +
    `</svg>`
  );
}
