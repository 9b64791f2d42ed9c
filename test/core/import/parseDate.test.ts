import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/import/parseDate.js';

describe('parseDate', () => {
  it.each([
    ['2026/11/16 9:14:02 AM GMT', '2026-11-16'], // Google Forms CSV download
    ['2026/11/16 11:30:00 PM GMT+1', '2026-11-16'], // the date as written, no zone conversion
    ['11/16/2026 09:14:02', '2026-11-16'], // Google Sheets, en-US
    ['11/16/26 9:14:02', '2026-11-16'], // Microsoft Forms via Excel, en-US
    ['3/4/2026', '2026-03-04'], // month first
    ['2026-11-16', '2026-11-16'],
    ['2026-11-16T09:14:02.000Z', '2026-11-16'],
    ['2026-11-16 09:14', '2026-11-16'],
    ['2028-02-29', '2028-02-29'],
  ])('%j → %s', (cell, want) => expect(parseDate(cell)).toEqual({ ok: true, date: want }));

  it('reads day-first dates only when told to', () => {
    expect(parseDate('16/11/2026 09:14:02', 'day-first')).toEqual({ ok: true, date: '2026-11-16' });
    expect(parseDate('3/4/2026', 'day-first')).toEqual({ ok: true, date: '2026-04-03' });
    const r = parseDate('16/11/2026 09:14:02');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/not a valid date when read month-first; .*dates: day-first/);
  });

  it.each(['02/30/2026', '2027-02-29', '13/13/2026', 'Nov 16, 2026', 'yesterday', '2026/11/16 lunchtime', '11/16'])('%j is a problem, not a guess', (cell) => {
    expect(parseDate(cell).ok).toBe(false);
  });
});
