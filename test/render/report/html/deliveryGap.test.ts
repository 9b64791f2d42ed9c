// The delivery gap on the HTML report, with the ICARE example's staff and a dozen customers of a
// small mirrored questionnaire, built through the core as `report --customers` will build it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml as esc } from '../../../../src/render/html/escapeHtml.js';
import { html } from '../../../../src/render/report/html/index.js';
import type { ReportResult } from '../../../../src/render/report/result.js';
import { atTargetText, CUSTOMER_VIEW_WORDS, GAP_VERDICT_WORDS, noiseText, npsWithInterval, ratingWithInterval, scoreWithInterval, SEEN_BY_CUSTOMERS_ONLY } from '../../../../src/render/text/honestWords.js';
import { CUSTOMER_NAME, deliveryGapReport, HOSTILE_COMMENT } from '../../../helpers/customers.js';
import { chromium, consoleMessages, count, ctx, expectSelfContainedDocument, haveChromium, tableBody } from '../../../helpers/html.js';

let tmp: string;
let report: ReportResult;
let doc: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'icare-gap-'));
  report = await deliveryGapReport(tmp);
  doc = html([report], ctx);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** "53.6 (45.6–61.6)" as the page sets it: the bracket in a smaller span. */
const asShown = (text: string): string => {
  const [head, rest] = text.split(' (');
  return rest === undefined ? esc(text) : `${esc(head!)} <span class="ci">(${esc(rest)}</span>`;
};

describe('delivery gap html', () => {
  it('draws a dumbbell per mirrored element: staff and customers on one line, the target marked', () => {
    expectSelfContainedDocument(doc);
    const d = report.deliveryGap!;
    expect(d.sections.length).toBe(5);
    const chart = doc.match(/<svg class="chart dumbbell"[\s\S]*?<\/svg>/)![0];
    expect(count(chart, 'class="dumbbell-row"')).toBe(d.sections.length);
    expect(count(chart, 'class="target"')).toBe(d.sections.length);
    expect(count(chart, 'class="staff-value"')).toBe(d.sections.filter((g) => g.staff.score !== null).length);
    expect(count(chart, 'class="customers-value"')).toBe(d.sections.filter((g) => g.customers.score !== null).length);
    expect(count(chart, 'class="whisker"')).toBe(d.sections.flatMap((g) => [g.staff, g.customers]).filter((s) => s.interval).length);
  });

  it('tables each element with both intervals, the gap against its noise and the verdict, and the at-target pair', () => {
    const d = report.deliveryGap!;
    const table = tableBody(doc, 'delivery-gap');
    const rows = table.split('<tr class="gap-row">').slice(1);
    expect(rows).toHaveLength(d.sections.length);
    d.sections.forEach((g, i) => {
      expect(rows[i]).toContain(esc(g.title));
      expect(rows[i]).toContain(asShown(scoreWithInterval(g.staff.score, g.staff.interval, 2)));
      expect(rows[i]).toContain(asShown(scoreWithInterval(g.customers.score, g.customers.interval, 2)));
      expect(rows[i]).toContain(esc(noiseText(g)));
      expect(rows[i]).toContain(esc(GAP_VERDICT_WORDS[g.verdict]));
    });
    // The example's figures span all three verdicts, so each wording is exercised.
    expect(new Set(d.sections.map((g) => g.verdict))).toEqual(new Set(['delivery-gap', 'customers-rate-higher', 'within-noise']));
    expect(doc).toContain(esc(atTargetText(d.staffAtTarget, d.customersAtTarget)));
  });

  it('says per priority whether customers confirm it, lists what only customers see, and shows their NPS, ratings and comments without names', () => {
    const d = report.deliveryGap!;
    const priorities = doc.match(/<ol class="priorities">[\s\S]*?<\/ol>/)![0];
    expect(Object.keys(d.priorities).length).toBeGreaterThan(0);
    for (const view of Object.values(d.priorities)) expect(priorities).toContain(CUSTOMER_VIEW_WORDS[view]);
    expect(d.seenByCustomersOnly.length).toBeGreaterThan(0);
    expect(count(priorities, SEEN_BY_CUSTOMERS_ONLY)).toBe(d.seenByCustomersOnly.length);
    expect(count(priorities, '<li>')).toBe(report.main.priorities.length + d.seenByCustomersOnly.length);
    for (const n of d.nps) expect(doc).toContain(asShown(npsWithInterval(n)));
    for (const r of d.ratings) expect(doc).toContain(asShown(ratingWithInterval(r)));
    for (const c of d.comments) for (const a of c.answers) expect(doc).toContain(`“${esc(a.note)}”`);
    expect(doc).toContain(esc(HOSTILE_COMMENT));
    expect(doc).not.toContain('<script>');
    expect(doc).not.toContain(CUSTOMER_NAME);
  });
});

describe('delivery gap html in headless Chromium', () => {
  if (!haveChromium()) return;

  it('loads with no console message and renders the dumbbell', { timeout: 120_000 }, () => {
    const file = join(tmp, 'gap.html');
    writeFileSync(file, doc);
    const dom = chromium(['--dump-dom', `file://${file}`], join(tmp, 'profile-gap'));
    expect(dom.status, dom.stderr).toBe(0);
    expect(consoleMessages(dom.stderr)).toEqual([]);
    const chart = dom.stdout.match(/<svg class="chart dumbbell"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(count(chart, 'class="dumbbell-row"')).toBe(report.deliveryGap!.sections.length);
  });
});
