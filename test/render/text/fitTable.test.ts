import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { fitTable, tableFits } from '../../../src/render/text/fitTable.js';

const chalk = new Chalk({ level: 0 });
const columns = [{ head: 'Section' }, { head: 'Score\n(95% CI)', align: 'right' as const }, { head: 'Verdict', max: 12 }];
const rows = [
  ['Attentiveness and responsiveness', '48.7\n(38.5–58.9)', 'Developing · below target'],
  ['Culture', '74.9\n(67.5–82.3)', 'needs more answers'],
];
const widths = (text: string): number[] => text.split('\n').map((l) => [...l].length);

describe('fitTable', () => {
  it('is a table as wide as it needs, never wider than the width, with labels wrapped rather than cut', () => {
    const t = fitTable({ columns, rows, width: 80, chalk });
    expect(Math.max(...widths(t))).toBeLessThanOrEqual(80);
    expect(t).toContain('│ Attentiveness');
    expect(t).not.toContain('…');
    const narrow = fitTable({ columns, rows, width: 50, chalk });
    expect(tableFits({ columns, rows, width: 50, chalk })).toBe(true);
    expect(Math.max(...widths(narrow))).toBeLessThanOrEqual(50);
    expect(narrow).toContain('│ Attentiveness ');
    expect(narrow).toContain('│ responsiveness ');
  });

  it('stacks the rows as "Heading: value" blocks when even the longest word does not fit', () => {
    expect(tableFits({ columns, rows, width: 40, chalk })).toBe(false);
    const t = fitTable({ columns, rows, width: 40, chalk });
    expect(Math.max(...widths(t))).toBeLessThanOrEqual(40);
    expect(t).not.toContain('│');
    expect(t.replace(/\s+/g, ' ')).toContain('Culture Score (95% CI): 74.9 (67.5–82.3) · Verdict: needs more answers');
  });
});
