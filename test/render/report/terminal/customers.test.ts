import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { terminal } from '../../../../src/render/report/terminal/index.js';
import { CUSTOMER_VIEW_WORDS, GAP_VERDICT_WORDS } from '../../../../src/render/text/honestWords.js';
import { deliveryGapReport } from '../../../helpers/deliveryGap.js';

describe('the delivery gap in the terminal report', () => {
  const r = deliveryGapReport();
  const g = r.deliveryGap!;

  it('gives staff and customers per mirrored section with intervals, the gap, its noise and verdict, and fits the width', () => {
    expect(g.sections.map((s) => s.verdict)).toContain('delivery-gap');
    for (const width of [60, 80, 120]) {
      const out = terminal([r], { chalk: new Chalk({ level: 0 }), width, version: '0' });
      for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
      const flat = out.replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ').replace(/\s+/g, ' ');
      expect(flat).toContain('Delivery gap');
      for (const s of g.sections) {
        const block = flat.slice(flat.indexOf('Delivery gap'));
        for (const e of [s.staff, s.customers]) {
          expect(block).toContain(e.score!.toFixed(1));
          expect(block).toContain(`(${e.interval!.low.toFixed(1)}–${e.interval!.high.toFixed(1)})`);
        }
      }
      // The verdict's words may wrap inside its cell, between the other cells' lines.
      for (const word of GAP_VERDICT_WORDS['delivery-gap'].split(' ')) expect(flat).toContain(word);
      expect(flat).toMatch(/\d+% of staff \(\d+ of 6\) rate the organisation at or above target; \d+% of customers \(\d+ of 8\) do\./);
      expect(flat).toMatch(/Would you recommend us\? — NPS [+\u2212]?[\d.]+ \([+\u2212]?[\d.]+ to [+\u2212]?[\d.]+\)/);
      expect(flat).toContain('“Comment 3”');
    }
  });

  it('says in the priorities whether customers confirm each gap', () => {
    const out = terminal([r], { chalk: new Chalk({ level: 0 }), width: 120, version: '0' });
    const priorities = out.slice(out.indexOf('Priorities'), out.indexOf('Action plan'));
    for (const [id, view] of Object.entries(g.priorities)) {
      const title = r.main.sections.find((s) => s.id === id)!.title;
      expect(priorities).toMatch(new RegExp(`${title}: .*${CUSTOMER_VIEW_WORDS[view]}`));
    }
    expect(Object.keys(g.priorities).length).toBeGreaterThan(0);
  });
});
