import { describe, expect, it } from 'vitest';
import { trend } from '../../../src/render/svg/trend.js';

const ys = (svg: string, cls: string): number[] => [...svg.matchAll(new RegExp(`class="${cls}"[^>]*? y="([\\d.]+)"`, 'g'))].map((m) => Number(m[1]));

describe('trend', () => {
  it('draws each round with its interval as a whisker and keeps the value labels off the target line', () => {
    const points = [
      { label: '2026-01', value: 74, interval: { low: 66, high: 82 } },
      { label: '2026-06', value: 76, interval: { low: 70, high: 81 } },
      { label: '2026-12', value: 40, interval: null },
    ];
    const svg = trend({ title: 'Culture', points, target: 75 });
    expect(svg.match(/class="whisker"/g)).toHaveLength(2);
    const target = Number(/class="target" x1="[\d.]+" y1="([\d.]+)"/.exec(svg)![1]);
    // A label's baseline sits about 4 px below its middle; each keeps clear of the line.
    for (const y of ys(svg, 'value')) expect(Math.abs(y - 4 - target)).toBeGreaterThanOrEqual(10);
    // The target is labelled outside the plot, right of the last point.
    const last = Math.max(...[...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(Number(/class="target-label" x="([\d.]+)"/.exec(svg)![1])).toBeGreaterThan(last + 10);
    expect(svg).toContain('>target 75.0</text>');
    expect(svg).toContain('<desc>2026-01 74.0 (66.0–82.0), 2026-06 76.0 (70.0–81.0), 2026-12 40.0</desc>');
  });
});
