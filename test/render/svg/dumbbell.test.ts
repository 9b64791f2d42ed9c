import { describe, expect, it } from 'vitest';
import { dumbbell } from '../../../src/render/svg/dumbbell.js';

describe('dumbbell', () => {
  it('puts staff and customers of each element on one line with their intervals and the target', () => {
    const svg = dumbbell({
      title: 'Staff and customers',
      rows: [
        { label: 'Ideal service', staff: { score: 60, interval: { low: 50, high: 70 } }, customers: { score: 30, interval: { low: 20, high: 40 } }, target: 75 },
        { label: 'Culture <b>', staff: { score: 70, interval: null }, customers: { score: null, interval: null }, target: 75 },
      ],
    });
    expect(svg.match(/class="dumbbell-row"/g)).toHaveLength(2);
    expect(svg.match(/class="target"/g)).toHaveLength(2);
    expect(svg.match(/class="whisker"/g)).toHaveLength(2);
    // Only a row with both scores has the bar between them.
    expect(svg.match(/class="gap"/g)).toHaveLength(1);
    const row = svg.split('class="dumbbell-row"')[1]!;
    const staffY = /<circle cx="[\d.]+" cy="([\d.]+)"/.exec(row)![1];
    const customersY = /<polygon points="[\d.]+,([\d.]+) /.exec(row)![1];
    expect(Number(customersY) + 5).toBe(Number(staffY));
    expect(svg).toContain('Culture &lt;b&gt;');
    expect(svg).toContain('>Target</text>');
  });
});
