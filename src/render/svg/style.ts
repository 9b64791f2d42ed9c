// What the charts share: series styles that stay distinguishable in greyscale (colour, dash and
// marker shape all differ), point markers and label wrapping.

const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export interface SeriesStyle {
  readonly colour: string;
  readonly dash?: string;
  readonly shape: MarkerShape;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#1f4e79', shape: 'circle' },
  { colour: '#c0504d', dash: '7 3', shape: 'square' },
  { colour: '#2e7d4f', dash: '2 3', shape: 'triangle' },
  { colour: '#7b4fa0', dash: '9 3 2 3', shape: 'diamond' },
  { colour: '#b26a00', dash: '4 4', shape: 'circle' },
  { colour: '#00838f', dash: '12 4', shape: 'square' },
];

/** One decimal at most, for SVG coordinates. */
export const r1 = (n: number): string => String(Math.round(n * 10) / 10);

/** A point marker; hollow when the value is missing. `tip` must already be escaped. */
export function marker(shape: MarkerShape, x: number, y: number, colour: string, filled: boolean, tip?: string): string {
  const paint = `fill="${filled ? colour : '#ffffff'}" stroke="${colour}" stroke-width="1.5"`;
  const title = tip ? `<title>${tip}</title>` : '';
  const close = (tag: string): string => (title ? `>${title}</${tag}>` : '/>');
  switch (shape) {
    case 'circle':
      return `<circle cx="${r1(x)}" cy="${r1(y)}" r="4" ${paint}${close('circle')}`;
    case 'square':
      return `<rect x="${r1(x - 3.5)}" y="${r1(y - 3.5)}" width="7" height="7" ${paint}${close('rect')}`;
    case 'triangle':
      return `<polygon points="${r1(x)},${r1(y - 5)} ${r1(x + 4.5)},${r1(y + 3.5)} ${r1(x - 4.5)},${r1(y + 3.5)}" ${paint}${close('polygon')}`;
    case 'diamond':
      return `<polygon points="${r1(x)},${r1(y - 5)} ${r1(x + 5)},${r1(y)} ${r1(x)},${r1(y + 5)} ${r1(x - 5)},${r1(y)}" ${paint}${close('polygon')}`;
  }
}

/**
 * Greedy word wrap into at most `maxLines` lines of about `width` characters; what does not fit
 * ends in an ellipsis (the full text stays in the chart's title and description).
 */
export function wrapWords(text: string, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const word of words) {
    const w = word.length > width + 4 ? `${word.slice(0, width)}…` : word;
    if (!line) line = w;
    else if (line.length + 1 + w.length <= width) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
      if (lines.length === maxLines) {
        cut = true;
        break;
      }
    }
  }
  if (!cut && line) lines.push(line);
  if (cut) {
    const last = lines[maxLines - 1] ?? '';
    lines[maxLines - 1] = last.length >= width ? `${last.slice(0, width - 1)}…` : `${last}…`;
  }
  return lines.length ? lines : [''];
}
