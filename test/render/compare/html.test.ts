// The HTML compare page: two rounds of the bundled ICARE example through the core, checked as
// text and then rendered in headless Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareResults } from '../../../src/core/scoring/compare.js';
import { roleCounts } from '../../../src/core/scoring/roleCounts.js';
import { score } from '../../../src/core/scoring/score.js';
import { html as compareHtml } from '../../../src/render/compare/html.js';
import { bundled, chromium, icareRounds, count, ctx, expectSelfContainedDocument, haveChromium, tableBody } from '../../helpers/html.js';

let tmp: string;
let compareDoc: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'icare-html-'));
  const { icare, before, after } = await icareRounds(bundled());
  const compared = compareResults(score(icare, before), score(icare, after));
  compareDoc = compareHtml({ ...compared, roleCounts: { before: roleCounts(compared.before.roles), after: roleCounts(compared.after.roles) } }, ctx);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('compare html', () => {
  it('shows before/after overall, a section table in the given order, paired bars and moved questions', () => {
    expectSelfContainedDocument(compareDoc);
    const changes = tableBody(compareDoc, 'changes');
    const titles = [...changes.matchAll(/<tr class="section-row"><th scope="row">([^<]+)<\/th>/g)].map((x) => x[1]);
    expect(titles).toEqual(['Culture', 'Ideal service', 'Empowerment', 'Responsiveness', 'Attentiveness']);
    expect(changes).toContain('▲ +43.3</strong> <span class="small">improved');
    expect(changes).toContain('▼ −0.8</strong> <span class="small">regressed');
    expect(changes).toContain('Reactive → <strong>Established</strong>');
    const bars = compareDoc.match(/<svg class="chart paired-bars"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(count(bars, 'class="bar-before"')).toBe(5);
    expect(count(bars, 'class="bar-after"')).toBe(5);
    expect(count(tableBody(compareDoc, 'question-changes'), '<tr>')).toBe(1 + 10);
  });
});

describe('compare html in headless Chromium', () => {
  if (!haveChromium()) return;

  it('renders the compare page with its paired bars and section table', { timeout: 120_000 }, () => {
    const file = join(tmp, 'compare.html');
    writeFileSync(file, compareDoc);
    const dom = chromium(['--dump-dom', `file://${file}`], join(tmp, 'profile-compare'));
    expect(dom.status, dom.stderr).toBe(0);
    const bars = dom.stdout.match(/<svg class="chart paired-bars"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(count(bars, '<rect')).toBeGreaterThanOrEqual(10);
    expect(count(tableBody(dom.stdout, 'changes'), '<tr class="section-row">')).toBe(5);
  });
});
