// Tallies merge by adding: folding every respondent into one tally, or halves into two and then
// merging, or removing one again, gives the same figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLayout, newRow, VALUE_CODE, type Layout } from '../../../src/core/model/layout.js';
import { normaliseQuestionnaire } from '../../../src/core/model/normaliseQuestionnaire.js';
import { exactValue } from '../../../src/core/scoring/exactSum.js';
import { foldRow, mergeTally, newTally, rowSectionScores, type Tally } from '../../../src/core/scoring/tally.js';

const layout: Layout = compileLayout(
  normaliseQuestionnaire({
    id: 't',
    title: 'T',
    version: 1,
    sections: [
      { id: 'a', title: 'A', questions: [{ id: 'a1', text: 'A1', weight: 2 }, { id: 'a2', text: 'A2', type: 'yesno', reverse: true }] },
      { id: 'b', title: 'B', questions: [{ id: 'b1', text: 'B1', type: 'choice', options: [{ label: 'x', score: 0 }, { label: 'y', score: 0.33 }, { label: 'z', score: 1 }] }] },
    ],
  }),
);

const rowArb = fc.tuple(fc.integer({ min: 0, max: VALUE_CODE + 4 }), fc.integer({ min: 0, max: VALUE_CODE + 1 }), fc.integer({ min: 0, max: VALUE_CODE + 2 })).map((codes) => {
  const row = newRow(layout);
  codes.forEach((c, i) => (row[i] = c));
  return row;
});

const facts = { role: 'frontline', inProgress: false, straightLining: false, date: '2026-11-16' };
const fold = (t: Tally, row: Uint8Array | Uint16Array, sign: 1 | -1 = 1): void => foldRow(t, layout, row, rowSectionScores(layout, row), facts, sign);
const figures = (t: Tally): unknown => ({ ...t, sections: t.sections.map((s) => ({ n: s.n, sum: exactValue(s.sum), sumSq: exactValue(s.sumSq), min: s.min, max: s.max })) });

describe('tallies', () => {
  it('counts each answer code per question, and each respondent’s own section scores', () => {
    const t = newTally(layout);
    const row = newRow(layout);
    row.set([VALUE_CODE + 4, VALUE_CODE + 1, VALUE_CODE + 1]); // a1 = 5 → 1; a2 = yes, reversed → 0; b1 = y → 0.33
    fold(t, row);
    expect(t.counts[layout.slots[0]!.offset + VALUE_CODE + 4]).toBe(1);
    // Section a: (2 × 1 + 1 × 0) / 3.
    expect(exactValue(t.sections[0]!.sum)).toBeCloseTo(2 / 3, 15);
    expect(exactValue(t.sections[1]!.sum)).toBe(0.33);
    expect(t.dates.get('2026-11-16')).toBe(1);
  });

  it('merge exactly: two halves merged equal one tally of all', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), fc.nat(), (rows, cut) => {
        const at = rows.length ? cut % rows.length : 0;
        const whole = newTally(layout);
        const first = newTally(layout);
        const second = newTally(layout);
        rows.forEach((r) => fold(whole, r));
        rows.slice(0, at).forEach((r) => fold(first, r));
        rows.slice(at).forEach((r) => fold(second, r));
        mergeTally(first, second);
        expect(figures(first)).toEqual(figures(whole));
      }),
    );
  });

  it('removing a respondent undoes adding it (min and max aside)', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 20 }), rowArb, (rows, extra) => {
        const base = newTally(layout);
        rows.forEach((r) => fold(base, r));
        const t = newTally(layout);
        rows.forEach((r) => fold(t, r));
        fold(t, extra);
        fold(t, extra, -1);
        const strip = (x: Tally): unknown => (figures(x) as { sections: { min: number; max: number }[] }).sections.map(({ min: _, max: __, ...s }) => s);
        expect(strip(t)).toEqual(strip(base));
        expect(t.counts).toEqual(base.counts);
        expect(t.respondents).toBe(base.respondents);
      }),
    );
  });
});
