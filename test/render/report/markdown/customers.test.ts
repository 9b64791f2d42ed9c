import { Chalk } from 'chalk';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdown } from '../../../../src/render/report/markdown/index.js';
import { GAP_VERDICT_WORDS } from '../../../../src/render/text/honestWords.js';
import { deliveryGapReport } from '../../../helpers/deliveryGap.js';

describe('the delivery gap in the markdown report', () => {
  it('is a table of staff and customers per mirrored section, then the headline pair, NPS and comments', () => {
    const r = deliveryGapReport();
    const g = r.deliveryGap!;
    const md = markdown([r], { chalk: new Chalk({ level: 0 }), width: 80, version: '0' });
    const part = md.slice(md.indexOf('## Delivery gap'));
    let table: Tokens.Table | undefined;
    marked.walkTokens(marked.lexer(part), (t) => {
      if (t.type === 'table' && !table) table = t as Tokens.Table;
    });
    expect(table!.header.map((c) => c.text)).toEqual(['Section', 'Staff', 'Customers', 'Gap', 'Noise', 'Verdict']);
    expect(table!.rows.map((row) => row[0]!.text)).toEqual(g.sections.map((s) => s.title));
    expect(table!.rows.map((row) => row[5]!.text)).toContain(GAP_VERDICT_WORDS['delivery-gap']);
    expect(part).toMatch(/\d+% of staff \(\d+ of 6\) rate the organisation at or above target; \d+% of customers \(\d+ of 8\) do\./);
    expect(part).toContain('- Comment 0');
    expect(md.slice(md.indexOf('## Priorities'), md.indexOf('## Action plan'))).toMatch(/customers (also rate it below target|rate it on target)/);
  });
});
