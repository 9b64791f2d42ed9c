// The HTML report: built from the bundled questionnaires and examples through the core, checked
// as text (self-contained, escaped, no NaN) and then rendered in headless Chromium.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, Questionnaire } from '../../../src/core/model/model.js';
import { byRole } from '../../../src/core/scoring/groups.js';
import { history } from '../../../src/core/scoring/history.js';
import { roleCounts } from '../../../src/core/scoring/roleCounts.js';
import { sampleOfAnswers } from '../../../src/core/scoring/sampleOfAnswers.js';
import { score } from '../../../src/core/scoring/score.js';
import { scoreTrend } from '../../../src/core/scoring/scoreTrend.js';
import { html } from '../../../src/render/report/html/index.js';
import type { ReportResult } from '../../../src/render/report/result.js';
import { bundled, chromium, icareRounds, count, ctx, ESC, expectSelfContainedDocument, haveChromium, tableBody } from '../../helpers/html.js';

/** A report as `icare report` builds it, without --by or --history. */
function reportOf(q: Questionnaire, answers: readonly Answers[]): ReportResult {
  const main = score(q, answers);
  return { main, roleCounts: roleCounts(main.roles), warnings: [], privacy: { names: true, minGroup: 3 }, skipped: 0, showAll: false };
}

let tmp: string;
let icareReport: ReportResult;
let hostileReport: ReportResult;
let foundationsReport: ReportResult;

const HOSTILE_NOTE = `<script>alert(1)</script> | pipe ${ESC}[31mred${ESC}[0m & "quoted" 'single'`;

beforeAll(async () => {
  const b = bundled();
  const { questionnaire, answersIn } = b;
  tmp = mkdtempSync(join(tmpdir(), 'icare-html-'));

  const { icare, before, after } = await icareRounds(b);
  icareReport = { ...reportOf(icare, after), byRole: byRole(sampleOfAnswers(icare, after), {}, 3), trend: scoreTrend(score(icare, after), history(sampleOfAnswers(icare, [...before, ...after]), undefined)) };

  // One respondent who answered a single question (so most sections are not assessed), with
  // markup, a table pipe and a terminal escape sequence in every free-text field.
  const hostile = join(tmp, 'hostile-frontline.yaml');
  writeFileSync(
    hostile,
    [
      'questionnaire: icare',
      'version: 1',
      `organisation: ${JSON.stringify('Acme <b>Bold</b> & "Co" | Ltd')}`,
      `respondent: {name: ${JSON.stringify('<img src=x onerror=alert(1)>')}, role: frontline}`,
      'date: 2026-12-01',
      'answers:',
      `  same-standard-everywhere: {value: 1, note: ${JSON.stringify(HOSTILE_NOTE)}}`,
      '',
    ].join('\n'),
  );
  const hostileAnswers = await answersIn(hostile);
  hostileReport = reportOf(icare, hostileAnswers);

  const foundations = questionnaire('service-foundations');
  const fa = await answersIn('examples/service-foundations');
  foundationsReport = { ...reportOf(foundations, fa), byRole: byRole(sampleOfAnswers(foundations, fa), {}, 3) };
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('report html', () => {
  it('is one self-contained document with the header, headline, radar and scorecard', () => {
    const doc = html([icareReport], ctx);
    expectSelfContainedDocument(doc);
    const m = icareReport.main;
    expect(doc).toContain('<title>Brightwater Outfitters — ICARE: Legendary Service</title>');
    expect(doc).toContain('10 respondents (5 frontline, 2 executive, 3 manager)');
    expect(doc).toContain('2026-11-16');
    expect(doc).toContain('version 1');
    expect(doc).toContain(`${m.score!.toFixed(1)}<span`);
    expect(doc).toContain(`>${m.level}</div>`);
    expect(doc).toContain(`${m.gap!.toFixed(1)} pts`);

    // Radar: gridlines at 20–100, one score polygon, a dashed target polygon, a label per section.
    const radars = doc.match(/<svg class="chart radar"[\s\S]*?<\/svg>/g) ?? [];
    expect(radars).toHaveLength(2);
    const [main, roles] = radars as [string, string];
    expect(main).toContain('role="img"');
    expect(main).toMatch(/aria-label="ICARE: Legendary Service: section scores against their targets"/);
    expect(count(main, 'class="grid"')).toBe(5);
    expect(count(main, 'class="series"')).toBe(1);
    expect(main).toMatch(/class="target"[^>]*stroke-dasharray/);
    for (const s of m.sections) expect(main).toContain(`>${s.title}</tspan>`);
    expect(count(roles, 'class="series"')).toBe(icareReport.byRole!.roles.length);
    expect(roles).toContain('executive (n = 2, small group)');

    // Scorecard: one row per section, one-decimal scores, spread and flags.
    const card = tableBody(doc, 'scorecard');
    expect(count(card, 'class="section-row"')).toBe(m.sections.length);
    for (const s of m.sections) expect(card).toContain(`${s.score!.toFixed(1)}%`);
    expect(count(card, '⚑ disagreement')).toBe(m.sections.filter((s) => s.disagreement).length);
    expect(card).toContain(`${m.coverage.answered}/${m.coverage.total}`);
  });

  it('shows priorities, the full action plan with notes, roles and trends', () => {
    const doc = html([icareReport], ctx);
    const m = icareReport.main;
    const plan = tableBody(doc, 'actions');
    expect(count(plan, 'class="action"')).toBe(m.actions.length);
    expect(plan).toContain('Leo Brandt, frontline');
    expect(count(doc.match(/<ol class="priorities">[\s\S]*?<\/ol>/)?.[0] ?? '', '<li>')).toBe(m.priorities.length);

    const b = icareReport.byRole!;
    const roles = tableBody(doc, 'roles');
    expect(count(roles, 'results hidden')).toBe(0);
    const culture = b.perception.find((p) => p.section === 'culture')!;
    expect(roles).toContain(`${culture.gap!.toFixed(1)} pts`);
    expect(count(tableBody(doc, 'question-gaps'), '<tr>')).toBe(1 + b.questionGaps.length);

    const trends = tableBody(doc, 'trends');
    expect(count(trends, '<svg class="chart trend"')).toBe(m.sections.length + 1);
    expect(trends).toContain('2026-05-18');
  });

  it('escapes hostile text, strips escape sequences and says "not assessed" instead of NaN', () => {
    const doc = html([hostileReport], ctx);
    expectSelfContainedDocument(doc);
    expect(doc).not.toContain('<script>');
    expect(doc).not.toContain('<img');
    expect(doc).not.toContain('<b>Bold');
    expect(doc).not.toContain(ESC);
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | pipe red &amp; &quot;quoted&quot; &#39;single&#39;');
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;, frontline');
    expect(doc).toContain('<title>Acme &lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot; | Ltd — ICARE: Legendary Service</title>');
    const unassessed = hostileReport.main.sections.filter((s) => s.score === null);
    expect(unassessed.length).toBeGreaterThan(0);
    expect(count(tableBody(doc, 'scorecard'), 'not assessed')).toBeGreaterThanOrEqual(unassessed.length);
    expect(doc).toContain('⚠ low confidence');
  });

  it('puts several questionnaires on one page and reports NPS with counts, by role too', () => {
    const doc = html([icareReport, foundationsReport], ctx);
    expectSelfContainedDocument(doc);
    expect(count(doc, '<section class="report"')).toBe(2);
    expect(doc).toContain('<a href="#report-2">');
    const nps = foundationsReport.main.nps[0]!;
    expect(nps.variant).toBe('binary');
    expect(doc).toContain(`${nps.value!.toFixed(1)}% yes`);
    expect(doc).toContain(`${nps.respondents} respondents: ${nps.promoters} yes · ${nps.detractors} no`);
    expect(count(tableBody(doc, 'nps-roles'), '<tr>')).toBe(1 + foundationsReport.main.nps.length);
  });
});

describe('report html in headless Chromium', () => {
  if (!haveChromium()) return;

  it('renders the radar, the scorecards and no script, and takes a screenshot', { timeout: 180_000 }, () => {
    const file = join(tmp, 'report.html');
    writeFileSync(file, html([icareReport, hostileReport], ctx));
    const dom = chromium(['--dump-dom', `file://${file}`], join(tmp, 'profile-dom'));
    expect(dom.status, dom.stderr).toBe(0);
    const page = dom.stdout;
    expect(page).toContain('<svg class="chart radar"');
    const radar = page.match(/<svg class="chart radar"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(count(radar, '<polygon')).toBeGreaterThanOrEqual(7);
    for (const [i, r] of [icareReport, hostileReport].entries()) {
      expect(count(tableBody(page, 'scorecard', i), '<tr class="section-row">')).toBe(r.main.sections.length);
    }
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const shot = join(tmp, 'shot.png');
    const s = chromium(['--hide-scrollbars', `--screenshot=${shot}`, '--window-size=1200,2000', `file://${file}`], join(tmp, 'profile-shot'));
    expect(s.status, s.stderr).toBe(0);
    expect(existsSync(shot)).toBe(true);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(2000);
    // A blank or error page compresses to a few kB; a rendered report with charts does not.
    expect(statSync(shot).size).toBeGreaterThan(50_000);
  });
});
