import { describe, expect, it } from 'vitest';
import { STATUS_COLOURS } from '../../../src/render/html/gapStatus.js';
import { radar } from '../../../src/render/svg/radar.js';
import { SERIES_STYLES, TARGET } from '../../../src/render/svg/style.js';

const count = (s: string, needle: string): number => s.split(needle).length - 1;

describe('radar', () => {
  const axes = ['Ideal service', 'Culture', 'Attentiveness', 'Responsiveness', 'Empowerment'];

  it('draws the grid, a spoke per axis, the target and a filled single series with value labels', () => {
    const svg = radar({ title: 'Scores', axes, series: [{ name: 'Score', values: [53.6, 74.9, null, 56.3, 55.6] }], targets: [75, 75, 75, 75, 75], valueLabels: true });
    expect(svg.startsWith('<svg class="chart radar" role="img" aria-label="Scores"')).toBe(true);
    expect(count(svg, 'class="grid"')).toBe(5);
    expect(count(svg, '<line x1="305" y1="227"')).toBe(axes.length);
    expect(count(svg, 'class="target"')).toBe(1);
    expect(svg).toMatch(/class="series"[^>]*fill="#1f4e79"/);
    expect(count(svg, `font-weight="700" fill="#1b2a41"`)).toBe(axes.length);
    expect(svg).toContain('>not assessed</tspan>');
    expect(count(svg, 'class="legend-item"')).toBe(2);
    expect(svg).toContain('<desc>Score: Ideal service 53.6; Culture 74.9; Attentiveness not assessed;');
  });

  it('leaves several series unfilled and wraps the legend into rows that fit', () => {
    const series = Array.from({ length: 6 }, (_, i) => ({ name: `A rather long role name number ${i + 1} (n = 12)`, values: axes.map(() => 50 + i) }));
    const svg = radar({ title: 'By role', axes, series });
    expect(count(svg, 'class="series"')).toBe(6);
    expect(count(svg, 'fill="none" fill-opacity')).toBe(6);
    expect(count(svg, 'class="legend-item"')).toBe(6);
    const [, w, h] = /viewBox="0 0 (\d+) (\d+(?:\.\d+)?)"/.exec(svg)!;
    expect(Number(w)).toBe(610);
    // Each legend row is 22 high: more than one row makes the chart taller than one row would.
    expect(Number(h)).toBeGreaterThan(227 + 165 + 62 + 10 + 16);
  });

  it('gives every series its own colour, dash and marker, none red, amber or green, and none like the target', () => {
    const keys = SERIES_STYLES.map((st) => `${st.colour}|${st.dash ?? 'solid'}|${st.shape}`);
    expect(new Set(keys).size).toBe(SERIES_STYLES.length);
    expect(new Set(SERIES_STYLES.map((st) => st.colour)).size).toBe(SERIES_STYLES.length);
    expect(new Set(SERIES_STYLES.map((st) => st.dash ?? 'solid')).size).toBe(SERIES_STYLES.length);
    for (const st of SERIES_STYLES) expect(Object.values(STATUS_COLOURS)).not.toContain(st.colour);
    expect(SERIES_STYLES.map((st) => st.colour)).not.toContain(TARGET.colour);
    const svg = radar({ title: 'By role', axes, series: SERIES_STYLES.map((_, i) => ({ name: `role ${i}`, values: axes.map(() => 40 + i) })), targets: axes.map(() => 75) });
    // The target is a wide band with no markers; the legend names it.
    expect(svg).toMatch(new RegExp(`class="target"[^>]*stroke="${TARGET.colour}" stroke-width="${TARGET.width}"`));
    expect(svg).not.toMatch(/class="target"[^>]*stroke-dasharray/);
    expect(svg).toContain('>Target</text>');
  });
});
