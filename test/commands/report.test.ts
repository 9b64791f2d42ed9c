import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalise, ROOT, runCli, spawnCli } from '../helpers/cli.js';
import { checkTables, ICARE, MAY, NOV } from '../helpers/report.js';

const CUSTOMERS_CSV = 'examples/icare-customers/google-forms-2026-11.csv';

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
      if (type === 'text' || type === 'nps' || type === 'rating') continue;
      const values: number[] = [];
      for (const f of files) {
        let v = f.answers[question.id];
        if (v && typeof v === 'object') v = v.value;
        if (v === undefined || v === 'n/a' || v === 'dont-know') continue;
        let x: number;
        if (type === 'yesno') x = v === true || v === 'yes' ? 1 : 0;
        else if (type === 'choice') x = question.options.find((o: { key?: string; label: string }) => o.key === v || o.label === v).score;
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

describe('icare report on the bundled examples: terminal, markdown and json', () => {
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

  it('markdown: the action plan is ONE numbered list, notes inside their items (past item 9 too)', async () => {
    const md = (await runCli(['report', NOV, '--format', 'markdown'])).stdout;
    const doc = JSON.parse((await runCli(['report', NOV, '--format', 'json'])).stdout);
    expect(doc.actions.length).toBeGreaterThan(10);
    const html = await marked.parse(md);
    const plan = html.slice(html.indexOf('<h2>Action plan</h2>'), html.indexOf('<h2>', html.indexOf('<h2>Action plan</h2>') + 1));
    expect(plan.match(/<ol/g)).toHaveLength(1);
    expect(plan.match(/<li>/g)).toHaveLength(doc.actions.length);
    // Every note on an action sits inside an item: no block quote between items.
    const noted = doc.actions.filter((a: { notes: unknown[] }) => a.notes.length > 0);
    expect(noted.some((a: { question: string }) => doc.actions.findIndex((b: { question: string }) => b.question === a.question) >= 9)).toBe(true);
    expect(plan.match(/<blockquote>/g)?.length).toBe(noted.reduce((n: number, a: { notes: unknown[] }) => n + a.notes.length, 0));
    expect(plan).not.toMatch(/<\/ol>[\s\S]*<blockquote>/);
  });

  it('json (golden) has the documented shape and agrees with the rules to 0.05 points', async () => {
    const r = await runCli(['report', NOV, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['questionnaire', 'respondents', 'score', 'level', 'target', 'gap', 'coverage', 'sections', 'priorities', 'actions']),
    );
    expect(doc.questionnaire).toEqual({ id: 'icare', title: ICARE.title, version: ICARE.version });
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
});

describe('icare report on the bundled examples: html, every questionnaire, customer metrics and options', () => {
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

  it('shows the customers’ 0–10 and yes/no recommend questions as metrics, not in the score', async () => {
    const doc = JSON.parse((await runCli(['report', CUSTOMERS_CSV, '--questionnaire', 'icare-customers', '--format', 'json'])).stdout);
    expect(doc.nps.map((n: { variant: string }) => n.variant).sort()).toEqual(['binary', 'classic']);
    const binary = doc.nps.find((n: { variant: string }) => n.variant === 'binary');
    expect(binary.passives).toBe(0);
    expect(binary.value).toBeCloseTo((100 * binary.promoters) / binary.respondents, 9);
    expect(binary.respondents).toBe(binary.promoters + binary.detractors);
    const scored = doc.sections.flatMap((s: { questions: { id: string }[] }) => s.questions.map((q) => q.id));
    for (const n of doc.nps) expect(scored).not.toContain(n.question);
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

describe('icare report through the built binary', () => {
  it('prints the scorecard and exits 0', () => {
    const r = spawnCli(['report', NOV, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).respondents).toBe(10);
  });
});
