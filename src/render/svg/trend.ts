// A small trend chart (sparkline with points and values) of one score over assessment rounds.
import { escapeHtml as esc } from '../html/escapeHtml.js';
import { fixed, isScore, percent } from '../text/format.js';
import { r1 } from './style.js';

export interface TrendPoint {
  /** The round, usually its date. */
  readonly label: string;
  /** Percent; null = not assessed in that round (the line breaks there). */
  readonly value: number | null;
}

export interface TrendOptions {
  readonly title: string;
  readonly points: readonly TrendPoint[];
  /** Drawn as a dashed line. */
  readonly target?: number;
  readonly width?: number;
  readonly height?: number;
  readonly colour?: string;
}


/** Value labels above every point up to this many rounds; beyond it only the first and last. */
const LABEL_ALL = 6;

export function trend(opts: TrendOptions): string {
  const width = opts.width ?? 300;
  const height = opts.height ?? 96;
  const colour = opts.colour ?? '#1f4e79';
  const padX = 36;
  const top = 16;
  const bottom = height - 18;
  const n = opts.points.length;
  const x = (i: number): number => (n <= 1 ? width / 2 : padX + ((width - 2 * padX) * i) / (n - 1));
  // Fixed 0–100 scale: a flat line means no change, not a zoomed-in wobble.
  const y = (v: number): number => bottom - ((bottom - top) * Math.max(0, Math.min(100, v))) / 100;

  const parts: string[] = [];
  parts.push(`<line x1="${padX - 8}" y1="${r1(bottom)}" x2="${width - padX + 8}" y2="${r1(bottom)}" stroke="#c9d1db" stroke-width="1"/>`);
  parts.push(`<line x1="${padX - 8}" y1="${r1(y(50))}" x2="${width - padX + 8}" y2="${r1(y(50))}" stroke="#eef1f5" stroke-width="1"/>`);
  if (isScore(opts.target)) {
    parts.push(
      `<line class="target" x1="${padX - 8}" y1="${r1(y(opts.target))}" x2="${width - padX + 8}" y2="${r1(y(opts.target))}" stroke="#555" stroke-width="1" stroke-dasharray="4 3"><title>${esc(
        `Target ${percent(opts.target)}`,
      )}</title></line>`,
    );
  }

  // Line segments between consecutive assessed rounds.
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 1) parts.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${colour}" stroke-width="2" stroke-linejoin="round"/>`);
    run = [];
  };
  opts.points.forEach((p, i) => {
    if (isScore(p.value)) run.push(`${r1(x(i))},${r1(y(p.value))}`);
    else flush();
  });
  flush();

  opts.points.forEach((p, i) => {
    const last = i === n - 1;
    const labelled = n <= LABEL_ALL || i === 0 || last;
    const tip = esc(`${p.label}: ${percent(p.value)}`);
    if (isScore(p.value)) {
      parts.push(`<circle cx="${r1(x(i))}" cy="${r1(y(p.value))}" r="${last ? 4 : 3}" fill="${last ? colour : '#ffffff'}" stroke="${colour}" stroke-width="1.5"><title>${tip}</title></circle>`);
      if (labelled) {
        parts.push(`<text x="${r1(x(i))}" y="${r1(y(p.value) - 7)}" text-anchor="middle" font-size="10.5"${last ? ' font-weight="700"' : ''} fill="#1b2a41">${fixed(p.value)}</text>`);
      }
    } else {
      // Not assessed that round: a hollow grey mark on the baseline, explained by its title.
      parts.push(`<circle cx="${r1(x(i))}" cy="${r1(bottom)}" r="3" fill="#ffffff" stroke="#8a94a3" stroke-width="1.5"><title>${tip}</title></circle>`);
    }
    if (labelled) parts.push(`<text x="${r1(x(i))}" y="${height - 4}" text-anchor="middle" font-size="9.5" fill="#6b7686">${esc(p.label)}</text>`);
  });

  const desc = opts.points.map((p) => `${p.label} ${percent(p.value)}`).join(', ');
  return (
    `<svg class="chart trend" role="img" aria-label="${esc(`${opts.title}: ${desc}`)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="inherit">` +
    `<title>${esc(opts.title)}</title><desc>${esc(desc)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
