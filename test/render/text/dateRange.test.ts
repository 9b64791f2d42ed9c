import { describe, expect, it } from 'vitest';
import { dateRange } from '../../../src/render/text/dateRange.js';

describe('dateRange', () => {
  it('says "undated", one date, or first to last in the text formats', () => {
    expect(dateRange([])).toBe('undated');
    expect(dateRange(['2026-05-18'])).toBe('2026-05-18');
    expect(dateRange(['2026-05-18', '2026-06-01', '2026-11-16'])).toBe('2026-05-18 to 2026-11-16');
  });

  it('takes each page’s own words', () => {
    const words = { none: 'not dated', to: ' – ' };
    expect(dateRange([], words)).toBe('not dated');
    expect(dateRange(['2026-05-18', '2026-11-16'], words)).toBe('2026-05-18 – 2026-11-16');
  });
});
