// The HTML report and compare pages: built from the bundled questionnaires and examples through
// the core, checked as text (self-contained, escaped, no NaN) and then rendered in headless Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareResults } from '../../src/core/scoring/compare.js';
import { byRole } from '../../src/core/scoring/groups.js';
import { history } from '../../src/core/scoring/history.js';
import { roleCounts } from '../../src/core/scoring/roleCounts.js';
import { scoreTrend } from '../../src/core/scoring/scoreTrend.js';
import { expandPaths, yamlFilesIn } from '../../src/shell/files.js';
import { loadAnswersFiles } from '../../src/shell/loadFiles.js';
import { loadCatalogFiles } from '../../src/shell/catalog.js';
import { type Catalog } from '../../src/core/checks/checkFile.js';
import type { Answers, Questionnaire } from '../../src/core/model/model.js';
import { score } from '../../src/core/scoring/score.js';
import { html as compareHtml } from '../../src/render/compare/html.js';
import type { RenderContext } from '../../src/render/context.js';
import { escapeHtml } from '../../src/render/html/escapeHtml.js';
import { html } from '../../src/render/report/html/index.js';
import type { ReportResult } from '../../src/render/report/result.js';
import { ROOT } from '../helpers/cli.js';

const ctx: RenderContext = { chalk: new Chalk({ level: 0 }), width: 80, version: '9.9.9-test' };
const ESC = '\u001b';

let catalog: Catalog;
let tmp: string;

async function answersIn(...paths: string[]): Promise<Answers[]> {
  const r = loadAnswersFiles(await expandPaths(paths, ROOT), catalog, ROOT);
  expect(r.findings).toEqual([]);
  return r.answers;
}

/** A report as `icare report` builds it, without --by or --history. */
function reportOf(q: Questionnaire, answers: readonly Answers[]): ReportResult {
  const main = score(q, answers);
  return { main, roleCounts: roleCounts(main.respondents), showAll: false };
}

function questionnaire(id: string) {
  const q = catalog.get(id);
  if (!q) throw new Error(`bundled questionnaire ${id} is missing`);
  return q;
}

/** Tags opened and closed in order (void elements and self-closed SVG elements aside); the first mismatch, or null. */
function unbalancedTag(doc: string): string | null {
  const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link', 'col', 'wbr', 'area', 'base', 'source']);
  const body = doc.replace(/<style>[\s\S]*?<\/style>/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
    const [, close, rawName, selfClose] = m;
    const name = rawName!.toLowerCase();
    if (selfClose || VOID.has(name)) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return `</${name}> at offset ${m.index}`;
  }
  return stack.length ? `<${stack[stack.length - 1]}> never closed` : null;
}

function expectSelfContainedDocument(doc: string): void {
  expect(doc.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  expect(doc).toContain('<meta charset="utf-8">');
  expect(doc).toMatch(/<title>[^<]+<\/title>/);
  expect(doc.trimEnd().endsWith('</html>')).toBe(true);
  expect(doc.match(/<!doctype/gi)).toHaveLength(1);
  expect(unbalancedTag(doc)).toBeNull();
  // No network: nothing to fetch, no script at all. (Only the offending text is printed on failure.)
  for (const re of [/https?:\/\//i, /<[a-z][^>]*\ssrc\s*=/i, /<[a-z][^>]*\shref\s*=\s*(?!["']?#)/i, /<link\b/i, /<script/i, /url\(|@import/i]) {
    expect(doc.match(re)?.[0], String(re)).toBeUndefined();
  }
  expect(doc).toContain("default-src 'none'");
  expect(doc).toContain('@media print');
  // Numbers never leak as JavaScript values.
  expect(doc.match(/.{0,60}(?:NaN|undefined|Infinity|>null<).{0,20}/)?.[0]).toBeUndefined();
}

const count = (doc: string, needle: string | RegExp): number =>
  typeof needle === 'string' ? doc.split(needle).length - 1 : (doc.match(new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : `${needle.flags}g`)) ?? []).length;

function tableBody(doc: string, cls: string, nth = 0): string {
  const tables = [...doc.matchAll(new RegExp(`<table class="${cls}">([\\s\\S]*?)</table>`, 'g'))];
  const t = tables[nth]?.[1];
  if (t === undefined) throw new Error(`no table.${cls} #${nth}`);
  return t;
}

let icareReport: ReportResult;
let hostileReport: ReportResult;
let foundationsReport: ReportResult;
let compareDoc: string;

const HOSTILE_NOTE = `<script>alert(1)</script> | pipe ${ESC}[31mred${ESC}[0m & "quoted" 'single'`;

beforeAll(async () => {
  const loaded = loadCatalogFiles(yamlFilesIn(join(ROOT, 'questionnaires')), [], ROOT);
  expect(loaded.findings).toEqual([]);
  catalog = loaded.catalog;
  tmp = mkdtempSync(join(tmpdir(), 'icare-html-'));

  const icare = questionnaire('icare');
  const before = await answersIn('examples/icare/2026-05-18');
  const after = await answersIn('examples/icare/2026-11-16');
  icareReport = { ...reportOf(icare, after), byRole: byRole(icare, after, {}, 3), trend: scoreTrend(score(icare, after), history(icare, [...before, ...after])) };
  const compared = compareResults(score(icare, before), score(icare, after));
  compareDoc = compareHtml({ ...compared, roleCounts: { before: roleCounts(compared.before.respondents), after: roleCounts(compared.after.respondents) } }, ctx);

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
  foundationsReport = { ...reportOf(foundations, fa), byRole: byRole(foundations, fa, {}, 3) };
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes and drops control characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>${ESC}[31m!\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;!');
    expect(escapeHtml(3)).toBe('3');
  });
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
    expect(count(roles, 'small group*')).toBe(b.roles.filter((g) => g.small).length);
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

// ---- a real browser ----

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);

function chromium(args: readonly string[], profile: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? '') };
}

describe('in headless Chromium', () => {
  if (!haveChromium) {
    if (process.env.CI) {
      it('needs Chromium in CI', () => {
        expect.fail(`${CHROMIUM} not found: CI must install Debian's chromium package to test the HTML pages in a browser`);
      });
    } else {
      it.skip(`renders the pages (skipped: ${CHROMIUM} not found; apt-get install chromium to run it)`, () => {});
    }
    return;
  }

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
