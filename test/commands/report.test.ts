import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalise, ROOT, runCli, spawnCli } from '../helpers/cli.js';

const NOV = 'examples/icare/2026-11-16';
const MAY = 'examples/icare/2026-05-18';

/** Every markdown table must have as many cells per row as its header. */
function checkTables(md: string): number {
  let tables = 0;
  marked.walkTokens(marked.lexer(md), (t) => {
    if (t.type !== 'table') return;
    const table = t as Tokens.Table;
    tables++;
    for (const row of table.rows) expect(row.length).toBe(table.header.length);
  });
  // marked drops cells beyond the header silently; count the raw pipes too.
  for (const block of md.split(/\n\n/)) {
    const lines = block.split('\n').filter((l) => l.startsWith('| '));
    if (lines.length < 2) continue;
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    for (const l of lines) expect(cells(l)).toBe(cells(lines[0]!));
  }
  return tables;
}

/**
 * The scoring rules re-derived from the raw YAML, independently of src/core: used to check that
 * the report's numbers agree with docs/scoring.md to 0.05 points.
 */
function independentSectionScores(dir: string): Record<string, number | null> {
  const q = parse(readFileSync(join(ROOT, 'questionnaires/icare.yaml'), 'utf8'));
  const files = readdirSync(join(ROOT, dir)).map((f) => parse(readFileSync(join(ROOT, dir, f), 'utf8')));
  const out: Record<string, number | null> = {};
  for (const s of q.sections) {
    let sum = 0;
    let weights = 0;
    for (const question of s.questions) {
      const type = question.type ?? 'scale';
      if (type === 'text' || type === 'nps') continue;
      const values: number[] = [];
      for (const f of files) {
        let v = f.answers[question.id];
        if (v && typeof v === 'object') v = v.value;
        if (v === undefined || v === 'n/a') continue;
        let x: number;
        if (type === 'yesno') x = v === true || v === 'yes' ? 1 : 0;
        else if (type === 'choice') x = question.options.find((o: { label: string }) => o.label === v).score;
        else {
          const scale = question.scale ?? q.scale ?? { min: 1, max: 5 };
          x = (v - scale.min) / (scale.max - scale.min);
        }
        if (question.reverse) x = 1 - x;
        values.push(x);
      }
      if (!values.length) continue;
      const w = question.weight ?? 1;
      sum += (w * values.reduce((a, b) => a + b, 0)) / values.length;
      weights += w;
    }
    out[s.id] = weights ? (100 * sum) / weights : null;
  }
  return out;
}

describe('icare report on the bundled examples', () => {
  it('terminal (golden), fits 80 columns, plain under NO_COLOR', async () => {
    const r = await runCli(['report', NOV]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b/);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    await expect(normalise(r.stdout)).toMatchFileSnapshot('../golden/report-icare.terminal.txt');
  });

  it('terminal is coloured by gap on a terminal', async () => {
    const r = await runCli(['report', NOV], { tty: true, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\u001b\[31m/); // red: gap of 10+ points
  });

  it('markdown (golden) parses with consistent tables', async () => {
    const r = await runCli(['report', NOV, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(checkTables(r.stdout)).toBeGreaterThanOrEqual(2);
    await expect(normalise(r.stdout)).toMatchFileSnapshot('../golden/report-icare.md');
  });

  it('json (golden) has the documented shape and agrees with the rules to 0.05 points', async () => {
    const r = await runCli(['report', NOV, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['questionnaire', 'respondents', 'score', 'level', 'target', 'gap', 'coverage', 'sections', 'priorities', 'actions']),
    );
    expect(doc.questionnaire).toEqual({ id: 'icare', title: 'ICARE: Legendary Service', version: 1 });
    expect(doc.respondents).toBe(10);
    const expected = independentSectionScores(NOV);
    for (const s of doc.sections) expect(Math.abs(s.score - expected[s.id]!)).toBeLessThan(0.05);
    for (const s of doc.sections) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'title', 'weight', 'score', 'level', 'target', 'gap', 'coverage', 'lowConfidence', 'questions']));
      for (const q of s.questions) expect(Object.keys(q)).toEqual(expect.arrayContaining(['id', 'score', 'answered']));
    }
    for (const a of doc.actions) expect(Object.keys(a)).toEqual(expect.arrayContaining(['section', 'question', 'score', 'gap', 'recommendation', 'note']));
    await expect(JSON.stringify(doc, null, 2)).toMatchFileSnapshot('../golden/report-icare.json');
  });

  it('agrees with the rules for the earlier round too', async () => {
    const doc = JSON.parse((await runCli(['report', MAY, '--format', 'json'])).stdout);
    const expected = independentSectionScores(MAY);
    for (const s of doc.sections) expect(Math.abs(s.score - expected[s.id]!)).toBeLessThan(0.05);
  });

  it('html is a self-contained page with the radar chart and the scorecard', async () => {
    const r = await runCli(['report', NOV, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/i);
    expect(r.stdout).toContain('<svg');
    expect(r.stdout).toContain('<table');
    expect(r.stdout).not.toMatch(/(src|href)=["']https?:/);
  });

  it('reports every bundled questionnaire’s examples in every format', async () => {
    for (const id of ['icare', 'service-truths', 'fanatical-support', 'five-ideas', 'service-foundations']) {
      const dir = readdirSync(join(ROOT, 'examples', id)).sort().at(-1)!;
      for (const format of ['terminal', 'markdown', 'json', 'html']) {
        const r = await runCli(['report', `examples/${id}/${dir}`, '--format', format]);
        expect(r.code, `${id} ${format}: ${r.stderr}`).toBe(0);
        expect(r.stdout).not.toMatch(/NaN|undefined/);
      }
    }
  });

  it('shows the binary NPS of service-foundations as a metric, not in the score', async () => {
    const doc = JSON.parse((await runCli(['report', 'examples/service-foundations/2026-11-16', '--format', 'json'])).stdout);
    expect(doc.nps).toHaveLength(1);
    expect(doc.nps[0]).toMatchObject({ variant: 'binary', respondents: 4 });
    expect(doc.nps[0].value).toBeCloseTo((100 * doc.nps[0].promoters) / 4, 9);
    expect(doc.sections.flatMap((s: { questions: { id: string }[] }) => s.questions.map((q) => q.id))).not.toContain(doc.nps[0].question);
  });

  it('--all lists every action; the default shows the top 10', async () => {
    const top = await runCli(['report', NOV]);
    const all = await runCli(['report', NOV, '--all']);
    const count = (s: string) => (s.match(/^ {0,1}\d+\. /gm) ?? []).length;
    const doc = JSON.parse((await runCli(['report', NOV, '--format', 'json'])).stdout);
    expect(top.stdout).toContain(`(top 10 of ${doc.actions.length}; --all for all)`);
    expect(count(all.stdout)).toBeGreaterThan(count(top.stdout));
  });

  it('--target overrides every target', async () => {
    const doc = JSON.parse((await runCli(['report', NOV, '--format', 'json', '--target', '40'])).stdout);
    expect(doc.sections.every((s: { target: number }) => s.target === 40)).toBe(true);
    expect(doc.priorities).toEqual([]);
  });
});

describe('icare report: the whole organisation', () => {
  it('--by role: one column per role, perception gap, small groups marked', async () => {
    const r = await runCli(['report', NOV, '--by', 'role']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('By role');
    expect(r.stdout).toContain('executive*');
    expect(r.stdout).toMatch(/Largest perception gap: Empowerment, executive [\d.]+ vs frontline [\d.]+/);
    const doc = JSON.parse((await runCli(['report', NOV, '--by', 'role', '--format', 'json'])).stdout);
    expect(doc.byRole.roles.map((g: { role: string; respondents: number; small: boolean }) => [g.role, g.respondents, g.small])).toEqual([
      ['executive', 2, true],
      ['manager', 3, false],
      ['frontline', 5, false],
    ]);
    const emp = doc.byRole.perception.find((p: { section: string }) => p.section === 'empowerment');
    expect(emp.gap).toBeCloseTo(emp.high.score - emp.low.score, 9);
    const md = await runCli(['report', NOV, '--by', 'role', '--format', 'markdown', '--min-group', '2']);
    checkTables(md.stdout);
    expect(md.stdout).toContain('## By role');
    expect(md.stdout).not.toContain('executive\\*');
  });

  it('spread and disagreement per section, answered and n/a per question', async () => {
    const doc = JSON.parse((await runCli(['report', NOV, '--format', 'json'])).stdout);
    const emp = doc.sections.find((s: { id: string }) => s.id === 'empowerment');
    expect(emp.spread.respondents).toBe(10);
    expect(emp.spread.max - emp.spread.min).toBeGreaterThanOrEqual(40);
    expect(emp.disagreement).toBe(true);
    const q = emp.questions.find((x: { id: string }) => x.id === 'power-use-reviewed');
    expect(q.answered + q.na).toBeLessThanOrEqual(9); // one respondent left it unanswered
    const term = await runCli(['report', NOV]);
    expect(term.stdout).toContain('Disagreements');
  });

  it('--history shows the trend across rounds', async () => {
    const r = await runCli(['report', NOV, '--history', 'examples/icare', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Trend');
    expect(r.stdout).toMatch(/\| 2026-05-18 \(8\) \| 2026-11-16 \(10\) \|/);
    checkTables(r.stdout);
    const doc = JSON.parse((await runCli(['report', NOV, '--history', 'examples/icare', '--format', 'json'])).stdout);
    expect(doc.history.map((h: { date: string }) => h.date)).toEqual(['2026-05-18', '2026-11-16']);
    expect(doc.history[1].score).toBeCloseTo(doc.score, 9);
  });
});

describe('icare compare', () => {
  it('terminal: before, after, change and level change; improved and regressed first', async () => {
    const r = await runCli(['compare', MAY, '--to', NOV]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Overall [\d.]+ → [\d.]+ ▲ \+[\d.]+ points/);
    expect(r.stdout).toContain('Largest changes by question');
    await expect(normalise(r.stdout)).toMatchFileSnapshot('../golden/compare-icare.terminal.txt');
  });

  it('json and markdown agree with two separate reports', async () => {
    const doc = JSON.parse((await runCli(['compare', MAY, '--to', NOV, '--format', 'json'])).stdout);
    const before = JSON.parse((await runCli(['report', MAY, '--format', 'json'])).stdout);
    const after = JSON.parse((await runCli(['report', NOV, '--format', 'json'])).stdout);
    expect(doc.overall.change).toBeCloseTo(after.score - before.score, 9);
    const culture = doc.sections.find((s: { id: string }) => s.id === 'culture');
    expect(culture.direction).toBe('improved');
    const firstUnmoved = doc.sections.findIndex((s: { direction: string }) => s.direction === 'unchanged' || s.direction === 'not-comparable');
    if (firstUnmoved >= 0) expect(doc.sections.slice(firstUnmoved).every((s: { direction: string }) => s.direction === 'unchanged' || s.direction === 'not-comparable')).toBe(true);
    const md = await runCli(['compare', MAY, '--to', NOV, '--format', 'markdown']);
    expect(checkTables(md.stdout)).toBe(2);
    const html = await runCli(['compare', MAY, '--to', NOV, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<svg');
  });

  it('refuses sides with no questionnaire in common', async () => {
    const r = await runCli(['compare', MAY, '--to', 'examples/five-ideas']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('share no questionnaire');
  });
});

describe('icare report: bad input and output files', () => {
  it('refuses invalid answers with the same findings as validate', async () => {
    const r = await runCli(['report', 'test/fixtures/answers/answer-out-of-scale.yaml', '-q', 'test/fixtures/answers/mini.yaml']);
    expect(r.code).toBe(1);
    expect(normalise(r.stderr)).toContain('test/fixtures/answers/answer-out-of-scale.yaml:5:10 error answer 7 to "greet" is outside its scale 1–5 (answer-out-of-scale)');
    expect(r.stdout).toBe('');
  });

  it('--out writes atomically and refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-report-'));
    const out = join(dir, 'scorecard.md');
    expect((await runCli(['report', NOV, '--format', 'markdown', '--out', out])).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(first).toContain('# ICARE');
    writeFileSync(out, 'my own notes');
    const again = await runCli(['report', NOV, '--format', 'markdown', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; use --force');
    expect(readFileSync(out, 'utf8')).toBe('my own notes');
    expect((await runCli(['report', NOV, '--format', 'markdown', '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(readdirSync(dir)).toEqual(['scorecard.md']);
  });

  it('an empty folder or a missing file is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-empty-'));
    expect((await runCli(['report', dir])).code).toBe(2);
    const r = await runCli(['report', 'nope.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yaml: no such file or folder');
  });

  it('escapes hostile text in every format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-hostile-'));
    writeFileSync(
      join(dir, 'a.yaml'),
      'questionnaire: icare\nversion: 1\norganisation: "Evil | Corp <b>\\e[2J"\nrespondent: {name: "**Mallory**", role: frontline}\nanswers:\n  same-standard-everywhere: {value: 1, note: "<script>alert(1)</script> | # not a heading \\e]0;title\\a"}\n',
    );
    expect(existsSync(join(dir, 'a.yaml'))).toBe(true);
    const term = await runCli(['report', dir, '--all']);
    expect(term.code).toBe(0);
    expect(term.stdout).not.toMatch(/[\u001b\u0007]/);
    const md = await runCli(['report', dir, '--format', 'markdown']);
    expect(md.stdout).not.toContain('<script>');
    expect(md.stdout).toContain('\\<script\\>');
    expect(md.stdout).toContain('Evil \\| Corp');
    checkTables(md.stdout);
    const html = await runCli(['report', dir, '--format', 'html']);
    expect(html.stdout).not.toContain('<script>');
    expect(html.stdout).toContain('&lt;script&gt;');
  });
});

describe('icare report through the built binary', () => {
  it('prints the scorecard and exits 0', () => {
    const r = spawnCli(['report', NOV, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).respondents).toBe(10);
  });
});
