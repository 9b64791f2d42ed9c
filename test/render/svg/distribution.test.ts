import { describe, expect, it } from 'vitest';
import { STATUS_COLOURS } from '../../../src/render/html/gapStatus.js';
import { answerColours, distributionBar, distributionText } from '../../../src/render/svg/distribution.js';

const scale = [
  { value: 1, label: '1 · Never', count: 0 },
  { value: 2, label: '2 · Rarely', count: 1 },
  { value: 3, label: '3 · Sometimes', count: 4 },
  { value: 4, label: '4 · Usually', count: 3 },
  { value: 5, label: '5 · Always', count: 2 },
  { value: 'n/a', label: 'n/a', count: 1 },
  { value: 'dont-know', label: "don't know", count: 0 },
];

describe('distribution bar', () => {
  it('stacks a segment per answer given, as wide as its count, with the counts in words', () => {
    const svg = distributionBar(scale, 220);
    expect(svg.match(/<rect /g)).toHaveLength(5);
    // 11 answers in 220 px: 4 answers take 80 px.
    expect(svg).toContain('width="80" height="18"');
    expect(svg).toContain(`aria-label="${distributionText(scale).replace(/'/g, '&#39;')}"`);
    expect(distributionText(scale)).toBe("1 · Never 0, 2 · Rarely 1, 3 · Sometimes 4, 4 · Usually 3, 5 · Always 2, n/a 1, don't know 0");
  });

  it('colours values light to dark in order, n/a and don\'t know grey, never a verdict colour', () => {
    const colours = answerColours(scale);
    expect(new Set(colours.slice(0, 5)).size).toBe(5);
    expect(new Set(colours).size).toBe(7);
    for (const c of colours) expect(Object.values(STATUS_COLOURS)).not.toContain(c);
    const yesNo = answerColours([{ value: 'no', label: 'No', count: 1 }, { value: 'yes', label: 'Yes', count: 2 }, { value: 'n/a', label: 'n/a', count: 0 }]);
    expect(yesNo[1]).not.toBe(yesNo[0]);
  });

  it('draws an empty outline when nobody answered', () => {
    expect(distributionBar(scale.map((d) => ({ ...d, count: 0 })))).toContain('aria-label="no answers"');
  });
});
