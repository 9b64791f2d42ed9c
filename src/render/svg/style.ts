// What the charts share: series styles that stay distinguishable in greyscale (colour, dash and
// marker shape all differ), point markers and label wrapping.

const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export interface SeriesStyle {
  readonly colour: string;
  readonly dash?: string;
  readonly shape: MarkerShape;
}

/**
 * One style per series (a role): colour, dash and marker all differ, and none is red, amber or
 * green (those say how far from target) nor looks like the target (TARGET below).
 */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#1f4e79', shape: 'circle' },
  { colour: '#7b4fa0', dash: '9 4', shape: 'square' },
  { colour: '#00838f', dash: '2 3', shape: 'triangle' },
  { colour: '#6d4c41', dash: '10 3 2 3', shape: 'diamond' },
  { colour: '#3949ab', dash: '5 3', shape: 'circle' },
  { colour: '#455a64', dash: '14 4', shape: 'square' },
];

/** The target: a wide pale band with no markers, unlike any series line. */
export const TARGET = { colour: '#9aa5b4', width: 6, opacity: 0.55 } as const;

/** Stroke attributes of the target band. */
export const TARGET_STROKE = `stroke="${TARGET.colour}" stroke-width="${TARGET.width}" stroke-opacity="${TARGET.opacity}" stroke-linecap="round" stroke-linejoin="round"`;

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
