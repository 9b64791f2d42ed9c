// The HTML compare page: two rounds of the bundled ICARE example through the core, checked as
// text against the comparison and then rendered in headless Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareResults, type CompareResult } from '../../../src/core/scoring/compare.js';
import { roleCounts } from '../../../src/core/scoring/roleCounts.js';
import { score } from '../../../src/core/scoring/score.js';
import { html as compareHtml } from '../../../src/render/compare/html.js';
import { escapeHtml as esc } from '../../../src/render/html/escapeHtml.js';
import { DIRECTION_ARROWS, DIRECTION_WORDS, noiseText, respondentsText, REVERSE_MARK, scoreWithInterval } from '../../../src/render/text/honestWords.js';
import { sanitised } from '../../../src/render/text/sanitised.js';
import { bundled, chromium, consoleMessages, count, ctx, expectSelfContainedDocument, haveChromium, icareRounds, tableBody } from '../../helpers/html.js';

let tmp: string;
let compared: CompareResult;
let compareDoc: string;

/** A score with its interval as the page sets it: the bracket in a smaller span. */
const asShown = (s: number | null, i: CompareResult['overall']['intervalBefore'], strong = false): string => {
  const [head, rest] = scoreWithInterval(s, i, 1).split(' (');
  return rest === undefined ? esc(head!) : `${strong ? `<strong>${head}</strong>` : head} <span class="ci">(${esc(rest)}</span>`;
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'icare-html-'));
  const { icare, before, after } = await icareRounds(bundled());
  compared = sanitised(compareResults(score(icare, before), score(icare, after)));
  const warnings = { before: [], after: [{ rule: 'in-progress' as const, message: '1 file is still in progress', files: [] }] };
  compareDoc = compareHtml({ ...compared, roleCounts: { before: roleCounts(compared.before.roles), after: roleCounts(compared.after.roles) }, warnings }, ctx);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('compare html', () => {
  it("says each side's response warnings before the figures", () => {
    const notice = compareDoc.indexOf('Before you read this');
    expect(notice).toBeGreaterThan(0);
    expect(compareDoc.indexOf('After: 1 file is still in progress')).toBeGreaterThan(notice);
    expect(notice).toBeLessThan(compareDoc.indexOf('Sections before and after'));
  });

  it('shows each side with its interval, each change against its noise, in the order given', () => {
    expectSelfContainedDocument(compareDoc);
    expect(compareDoc).toContain(respondentsText(compared.before.respondents, compared.before.inProgress));
    expect(compareDoc).toContain(respondentsText(compared.after.respondents, compared.after.inProgress));
    const changes = tableBody(compareDoc, 'changes');
    const rows = changes.split('<tr class="section-row">').slice(1).map((r) => r.slice(0, r.indexOf('</tr>')));
    expect(rows.map((r) => /<th scope="row">([^<]+)<\/th>/.exec(r)![1])).toEqual(compared.sections.map((c) => esc(c.title)));
    compared.sections.forEach((c, i) => {
      expect(rows[i]).toContain(asShown(c.before, c.intervalBefore));
      expect(rows[i]).toContain(asShown(c.after, c.intervalAfter, true));
      expect(rows[i]).toContain(`${DIRECTION_ARROWS[c.direction]} `);
      expect(rows[i]).toContain(DIRECTION_WORDS[c.direction]);
      expect(rows[i]).toContain(esc(noiseText(c)));
      if (c.direction === 'within-noise') expect(rows[i]).not.toMatch(/improved|regressed/);
    });
    // The example has changes beyond the noise and within it.
    const directions = new Set(compared.sections.map((c) => c.direction));
    expect(directions.has('within-noise') && directions.has('improved')).toBe(true);
    const bars = compareDoc.match(/<svg class="chart paired-bars"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(count(bars, 'class="bar-before"')).toBe(compared.sections.length);
    expect(count(bars, 'class="bar-after"')).toBe(compared.sections.length);
    expect(count(bars, 'class="whisker"')).toBe(compared.sections.flatMap((c) => [c.intervalBefore, c.intervalAfter]).filter(Boolean).length);
  });

  it('lists the largest rises and the largest falls, each with its own direction, reverse-scored marked', () => {
    const table = tableBody(compareDoc, 'question-changes');
    const up = compared.questions.filter((q) => q.change > 0);
    const down = compared.questions.filter((q) => q.change < 0);
    expect(up.length).toBeGreaterThan(0);
    expect(down.length).toBeGreaterThan(0);
    expect(count(table, '<tr>')).toBe(1 + compared.questions.length);
    const rows = table.split('<tr>').slice(2);
    compared.questions.forEach((q, i) => {
      expect(rows[i]).toContain(esc(q.text));
      expect(rows[i]).toContain(DIRECTION_WORDS[q.direction]);
      expect(rows[i]!.includes(REVERSE_MARK)).toBe(q.reverse);
    });
  });
});

describe('compare html in headless Chromium', () => {
  if (!haveChromium()) return;

  it('loads with no console message and renders its paired bars and section table', { timeout: 120_000 }, () => {
    const file = join(tmp, 'compare.html');
    writeFileSync(file, compareDoc);
    const dom = chromium(['--dump-dom', `file://${file}`], join(tmp, 'profile-compare'));
    expect(dom.status, dom.stderr).toBe(0);
    expect(consoleMessages(dom.stderr)).toEqual([]);
    const bars = dom.stdout.match(/<svg class="chart paired-bars"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(count(bars, '<rect')).toBeGreaterThanOrEqual(2 * compared.sections.length);
    expect(count(tableBody(dom.stdout, 'changes'), '<tr class="section-row">')).toBe(compared.sections.length);
  });
});
