// The HTML report: built from the bundled examples and small hostile answers files through the
// core (as `icare report` builds it), checked as text against the result objects, then rendered
// in headless Chromium (no console errors, screenshot, print preview).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../src/core/model/model.js';
import { byRole, hiddenGroups, visibleGroups } from '../../../src/core/scoring/groups.js';
import { history } from '../../../src/core/scoring/history.js';
import { responseWarnings } from '../../../src/core/scoring/hygiene.js';
import { roleCounts } from '../../../src/core/scoring/roleCounts.js';
import { sampleOfAnswers } from '../../../src/core/scoring/sampleOfAnswers.js';
import { scoreSample } from '../../../src/core/scoring/score.js';
import type { ScoreOptions } from '../../../src/core/scoring/scoreResult.js';
import { scoreTrend } from '../../../src/core/scoring/scoreTrend.js';
import { escapeHtml as esc } from '../../../src/render/html/escapeHtml.js';
import { html } from '../../../src/render/report/html/index.js';
import type { ReportResult } from '../../../src/render/report/result.js';
import { distributionText } from '../../../src/render/svg/distribution.js';
import { SERIES_STYLES } from '../../../src/render/svg/style.js';
import {
  agreementText, DIRECTION_WORDS, hiddenGroupText, noiseText, notVisibleText, npsWithInterval, pooledText, privacyLines, respondentsText, REVERSE_LEGEND, REVERSE_MARK, scoreWithInterval, skippedText, typicalText, VERDICT_WORDS,
} from '../../../src/render/text/honestWords.js';
import { sanitised } from '../../../src/render/text/sanitised.js';
import { runCli } from '../../helpers/cli.js';
import { bundled, chromium, consoleMessages, count, ctx, ESC, expectSelfContainedDocument, haveChromium, tableBody, type Bundled } from '../../helpers/html.js';
import { HOSTILE_NAME, HOSTILE_NOTE, HOSTILE_ORG, SMALL_ROLE, UNSEEN_QUESTION, writeHostile, writeRoles } from '../../helpers/staffFixtures.js';

/** A report as `icare report` builds it: warnings from the sample, anonymous, groups under `minGroup` hidden. */
async function reportOf(b: Bundled, q: Questionnaire, paths: string[], opts: ScoreOptions & { by?: boolean; history?: string } = {}): Promise<ReportResult> {
  const sample = sampleOfAnswers(q, await b.answersIn(...paths));
  const main = scoreSample(sample, opts);
  const past = opts.history ? sampleOfAnswers(q, await b.answersIn(opts.history)) : undefined;
  return sanitised({
    main,
    roleCounts: roleCounts(main.roles),
    warnings: responseWarnings(sample, (i) => paths[0] + `#${i}`),
    privacy: { names: opts.names === true, minGroup: opts.minGroup ?? 5 },
    skipped: 0,
    ...(opts.by && { byRole: byRole(sample, opts) }),
    ...(past && { trend: scoreTrend(main, history(sample, past)) }),
    showAll: false,
  });
}

let tmp: string;
let icare: ReportResult;
let hostile: ReportResult;
let hidden: ReportResult;
let customers: ReportResult;
let names: string[];

beforeAll(async () => {
  const b = bundled();
  tmp = mkdtempSync(join(tmpdir(), 'icare-html-'));
  const q = b.questionnaire('icare');
  icare = await reportOf(b, q, ['examples/icare/2026-11-16'], { by: true, history: 'examples/icare' });
  names = (await b.answersIn('examples/icare/2026-11-16')).map((a) => a.respondent.name!).filter(Boolean);
  hostile = await reportOf(b, q, [writeHostile(tmp, q)]);
  hidden = await reportOf(b, q, [writeRoles(tmp, q)], { by: true });
  // The customers' Google Forms export, imported as `icare import` does: both recommend questions and a rating.
  const imported = await runCli(['import', 'examples/icare-customers/google-forms-2026-11.csv', '--questionnaire', 'icare-customers', '--out', join(tmp, 'customers')]);
  expect(imported.code, imported.stderr).toBe(0);
  customers = await reportOf(b, b.questionnaire('icare-customers'), [join(tmp, 'customers')]);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('report html: the scorecard, priorities and action plan', () => {
  it('is one self-contained document: header with respondents and privacy, scores with intervals, verdicts', () => {
    const doc = html([icare], ctx);
    expectSelfContainedDocument(doc);
    const m = icare.main;
    expect(doc).toContain('<title>Brightwater Outfitters — ICARE: Legendary Service</title>');
    expect(doc).toContain(respondentsText(m.respondents, m.inProgress));
    for (const l of privacyLines(icare.privacy)) expect(doc).toContain(esc(l));
    for (const n of names) expect(doc).not.toContain(n);
    const card = tableBody(doc, 'scorecard');
    const scored = m.sections.filter((s) => s.scored);
    expect(count(card, 'class="section-row"')).toBe(scored.length);
    for (const s of scored) {
      const [score, interval] = scoreWithInterval(s.score, s.interval, s.n).split(' (');
      expect(card).toContain(`<strong>${score}</strong> <span class="ci">(${interval}</span>`);
      expect(card).toContain(esc(agreementText(s.agreement)));
    }
    // A whisker per score with an interval, overall included.
    expect(count(card, 'class="whisker"')).toBe([...scored, m].filter((s) => s.interval).length);
    for (const v of ['on-target', 'below-target'] as const) expect(count(card, `▼ ${VERDICT_WORDS[v]}`) + count(card, `✓ ${VERDICT_WORDS[v]}`)).toBe([...scored, m].filter((s) => s.verdict === v).length);
    expect(count(card, '<span class="pill">')).toBe([...scored, m].filter((s) => s.level).length);
    expect(count(doc, esc(REVERSE_LEGEND))).toBe(1);
  });

  it('lists priorities, the action plan with reverse marks and typical answers, and every note', () => {
    const doc = html([icare], ctx);
    const m = icare.main;
    const plan = tableBody(doc, 'actions');
    expect(count(plan, 'class="action"')).toBe(m.actions.length);
    const rows = plan.split('<tr class="action">').slice(1);
    m.actions.forEach((a, i) => {
      expect(rows[i]).toContain(esc(a.text));
      expect(rows[i]!.includes(REVERSE_MARK)).toBe(a.reverse);
      const t = typicalText({ typical: a.typical });
      if (t) expect(rows[i]).toContain(esc(t));
    });
    expect(count(doc.match(/<ol class="priorities">[\s\S]*?<\/ol>/)?.[0] ?? '', '<li>')).toBe(m.priorities.length);
    for (const s of m.sections) for (const q of s.questions) for (const n of [...q.notes, ...q.comments]) expect(doc).toContain(esc(n.note));
  });
});

describe('report html: by role, hidden groups, the trend and per-question tables', () => {
  it('by role: visible groups only, the pool named, a distinct style per line, legends for lines and colours', () => {
    const doc = html([icare], ctx);
    const b = icare.byRole!;
    const shown = visibleGroups(b);
    const radar = doc.match(/<svg class="chart radar"[\s\S]*?<\/svg>/g)![1]!;
    expect(count(radar, 'class="series"')).toBe(shown.length);
    const strokes = [...radar.matchAll(/class="series"[^>]*stroke="([^"]+)"[^>]*?(?:stroke-dasharray="([^"]+)")?>/g)].map((x) => `${x[1]} ${x[2] ?? 'solid'}`);
    expect(new Set(strokes).size).toBe(shown.length);
    // Red says "below target": no line is red, and none is dashed like another or like the target.
    expect(radar).not.toMatch(/stroke="#b3261e"/);
    expect(radar).toMatch(/class="target"[^>]*stroke-width="6"/);
    expect(count(radar, 'class="legend-item"')).toBe(shown.length + 1);
    for (const g of shown) expect(radar).toContain(`>${esc(g.role)} (n = ${g.respondents})</text>`);
    const pooled = shown.find((g) => g.pooled);
    if (pooled) expect(tableBody(doc, 'roles')).toContain(esc(pooledText(pooled.pooled!)));
    expect(doc).toMatch(/<table class="roles">[\s\S]*?<\/table>\s*<p class="legend-note"><span class="key">/);
    expect(SERIES_STYLES.length).toBeGreaterThanOrEqual(4);
    // Leaders against frontline only when allowed; a reverse question by its answers, not its score.
    expect(doc.includes('<table class="question-gaps">')).toBe(b.leadersVsFrontline);
    if (b.leadersVsFrontline) {
      const gaps = tableBody(doc, 'question-gaps').split('<tr>').slice(2);
      b.questionGaps.forEach((g, i) => {
        if (!g.reverse) return;
        expect(gaps[i]).toContain(esc(typicalText(g.leadersAnswers, true)));
        expect(gaps[i]).not.toContain(`>${g.leaders.toFixed(1)}<`);
      });
    }
  });

  it('names hidden groups and shows nothing else of them: no line, column, note attribution or figure', () => {
    const doc = html([hidden], ctx);
    const b = hidden.byRole!;
    expect(hiddenGroups(b).map((g) => g.role).sort()).toEqual(['manager', SMALL_ROLE]);
    const note = doc.match(/<p class="hidden-groups">[\s\S]*?<\/p>/)![0];
    for (const g of hiddenGroups(b)) expect(note).toContain(`<strong>${g.role}</strong>: ${hiddenGroupText(b.minGroup)}`);
    const elsewhere = doc.replace(/<header class="report-header">[\s\S]*?<\/header>/, '').replace(/<p class="hidden-groups">[\s\S]*?<\/p>/g, '');
    expect(elsewhere).not.toContain(SMALL_ROLE);
    for (const svg of doc.match(/<svg[\s\S]*?<\/svg>/g)!) for (const g of hiddenGroups(b)) expect(svg).not.toContain(`>${g.role} (n =`);
    expect(doc.match(/<table class="roles"><thead>[\s\S]*?<\/thead>/)![0]).not.toMatch(/manager|nightwatch/);
    expect(doc).not.toContain('— manager');
    expect(b.leadersVsFrontline).toBe(false);
    expect(doc).not.toContain('<table class="question-gaps">');
  });

  it('shows each round of the trend with its interval, and the change against its noise', () => {
    const doc = html([icare], ctx);
    const t = icare.trend!;
    const rows = tableBody(doc, 'trends').split('<tr>').slice(2);
    [t.overall, ...t.sections].forEach((r, i) => {
      const row = rows[i]!;
      expect(count(row, 'class="whisker"')).toBe(r.intervals.filter(Boolean).length);
      expect(row).toContain(`class="target-label"`);
      expect(row).toContain(DIRECTION_WORDS[r.direction]);
      expect(row).toContain(esc(noiseText(r)));
      if (r.direction === 'within-noise') expect(row).not.toContain('improved');
    });
    expect([t.overall, ...t.sections].some((r) => r.direction === 'within-noise')).toBe(true);
  });

  it('folds a per-question table per section: a stacked bar per question, n/a, don\'t know, not visible', () => {
    const doc = html([hidden], ctx);
    const m = hidden.main;
    const sections = m.sections.filter((s) => s.questions.some((q) => q.type !== 'text'));
    expect(count(doc, '<details class="question-section">')).toBe(sections.length);
    sections.forEach((s, i) => {
      const table = tableBody(doc, 'questions', i);
      const qs = s.questions.filter((q) => q.type !== 'text');
      expect(count(table, 'class="question-row"')).toBe(qs.length);
      for (const q of qs) {
        expect(table).toContain(`<svg class="distribution" role="img" aria-label="${esc(distributionText(q.answers.distribution))}"`);
        expect(table).toContain(`n/a ${q.na}</span><br><span class="muted small nowrap">don't know ${q.dontKnow}</span>`);
        expect(table.includes(esc(notVisibleText(q)))).toBe(q.notVisible);
      }
    });
    expect(m.sections.flatMap((s) => s.questions).find((q) => q.id === UNSEEN_QUESTION)!.notVisible).toBe(true);
  });
});

describe('report html: thin or hostile answers, and several questionnaires on one page', () => {
  it('a one-answer file in progress: no level, nothing "on target", needs more answers; hostile text escaped', () => {
    const doc = html([hostile], ctx);
    expectSelfContainedDocument(doc);
    const m = hostile.main;
    // The one answer is the best possible: above target, yet no verdict.
    expect(m.score).toBeGreaterThan(m.target);
    expect(m.verdict).toBe('insufficient-data');
    expect(doc).not.toContain(VERDICT_WORDS['on-target']);
    expect(doc).not.toContain('meets its target');
    expect(doc).not.toContain('you are here');
    expect(doc).not.toContain('class="status-met"');
    expect(doc).toContain(respondentsText(1, 1));
    expect(doc).toContain('<h2 id="notices-icare">Before you read this</h2>');
    expect(doc).toContain('id="needs-more-answers"');
    for (const id of m.needsMoreAnswers) expect(doc).toContain(esc(m.sections.find((s) => s.id === id)!.title));
    expect(doc).not.toContain('<script>');
    expect(doc).not.toContain('<img');
    expect(doc).not.toContain('<b>Bold');
    expect(doc).not.toContain(ESC);
    expect(doc).not.toContain(esc(HOSTILE_NAME));
    expect(doc).toContain(esc(HOSTILE_NOTE.replace(/\u001b\[\d+m/g, '')));
    expect(doc).toContain(`<title>${esc(HOSTILE_ORG)} — ICARE: Legendary Service</title>`);
  });

  it('puts several questionnaires on one page, with NPS and its interval, and says when CSV rows were skipped', () => {
    const doc = html([icare, { ...customers, skipped: 3 }], ctx);
    expectSelfContainedDocument(doc);
    expect(count(doc, '<section class="report"')).toBe(2);
    expect(doc).toContain('<a href="#report-2">');
    expect(customers.main.nps.map((n) => n.variant).sort()).toEqual(['binary', 'classic']);
    for (const nps of customers.main.nps) expect(doc).toContain(esc(npsWithInterval(nps).split(' (')[0]!));
    expect(doc).toContain(esc(skippedText(3)));
  });
});

describe('report html in headless Chromium', () => {
  if (!haveChromium()) return;

  it('loads with no console message, renders its charts and folds, and prints', { timeout: 180_000 }, () => {
    const file = join(tmp, 'report.html');
    writeFileSync(file, html([icare, hostile, hidden], ctx));
    const dom = chromium(['--dump-dom', `file://${file}`], join(tmp, 'profile-dom'));
    expect(dom.status, dom.stderr).toBe(0);
    expect(consoleMessages(dom.stderr)).toEqual([]);
    const page = dom.stdout;
    // The overview radar of each report, and the by-role radar where a group is shown.
    expect(count(page, '<svg class="chart radar"')).toBe([icare, hostile, hidden].reduce((n, r) => n + 1 + (r.byRole && visibleGroups(r.byRole).length > 0 ? 1 : 0), 0));
    expect(count(page, '<details class="question-section">')).toBeGreaterThan(5);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const shot = join(tmp, 'shot.png');
    const s = chromium(['--hide-scrollbars', `--screenshot=${shot}`, '--window-size=1280,2400', `file://${file}`], join(tmp, 'profile-shot'));
    expect(s.status, s.stderr).toBe(0);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1280);
    // A blank or error page compresses to a few kB; a rendered report with charts does not.
    expect(statSync(shot).size).toBeGreaterThan(50_000);

    const pdf = join(tmp, 'print.pdf');
    const p = chromium(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${file}`], join(tmp, 'profile-pdf'));
    expect(p.status, p.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
