import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalise, ROOT, runCli, spawnCli } from '../helpers/cli.js';

const NOV = 'examples/icare/2026-11-16';
const MAY = 'examples/icare/2026-05-18';
const CUSTOMERS_CSV = 'examples/icare-customers/google-forms-2026-11.csv';
const ICARE = parse(readFileSync(join(ROOT, 'questionnaires/icare.yaml'), 'utf8')) as { title: string; version: number };
/** A question's text, as `icare show` gives it. */
const textOf = async (questionnaire: string, id: string): Promise<string> =>
  JSON.parse((await runCli(['show', questionnaire, '--format', 'json'])).stdout)
    .sections.flatMap((s: { questions: { id: string; text: string }[] }) => s.questions)
    .find((q: { id: string }) => q.id === id).text;

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

describe('icare report: the whole organisation', () => {
  it('--by role: a column per group shown, small roles pooled or hidden and named, leaders against frontline in words', async () => {
    const r = await runCli(['report', NOV, '--by', 'role']);
    expect(r.code).toBe(0);
    const doc = JSON.parse((await runCli(['report', NOV, '--by', 'role', '--format', 'json'])).stdout);
    const groups: { role: string; hidden: boolean; respondents?: number; pooled?: string[] }[] = doc.byRole.roles;
    const byRole = r.stdout.slice(r.stdout.indexOf('By role'));
    const head = byRole.split('├')[0]!;
    for (const g of groups.filter((x) => !x.hidden)) {
      expect(head).toContain(g.role);
      expect(head).toContain(`(${g.respondents})`);
    }
    for (const g of groups.filter((x) => x.pooled)) expect(byRole).toContain(`${g.role}: ${g.pooled!.join(', ')} together`);
    for (const g of groups.filter((x) => x.hidden)) expect(byRole).toContain(`${g.role}: fewer than ${doc.byRole.minGroup} respondents: results hidden`);
    const widest = [...doc.byRole.perception].sort((a: { gap: number }, b: { gap: number }) => b.gap - a.gap)[0];
    expect(byRole.replace(/\s+/g, ' ')).toContain(`Largest perception gap: ${widest.title}, ${widest.high.role} ${widest.high.score.toFixed(1)} vs ${widest.low.role} ${widest.low.score.toFixed(1)}`);
    // A reverse-scored question is compared by what each side answered, and marked.
    const reverse = doc.byRole.questionGaps.find((g: { reverse: boolean }) => g.reverse);
    expect(reverse).toBeDefined();
    expect(byRole.replace(/\s+/g, ' ')).toContain(`${reverse.text} ↺`);
    expect(byRole.replace(/\s+/g, ' ')).toMatch(/leaders say \d+% yes; frontline \d+% yes/);
    expect(r.stdout).toContain('↺ reverse-scored: agreeing means a gap');
    expect(byRole).not.toMatch(/leaders [\d.]+ · frontline [\d.]+/);
    // --min-group 1 shows every role as its own column.
    const md = await runCli(['report', NOV, '--by', 'role', '--format', 'markdown', '--min-group', '1']);
    checkTables(md.stdout);
    expect(md.stdout).toContain('## By role');
    expect(md.stdout).toContain('Small groups are shown (--min-group 1).');
    expect(md.stdout).toMatch(/\| Section \| executive \(2\) \| manager \(3\) \| frontline \(5\) \| Perception gap \|/);
  });

  it('where there is no consensus, says the mean hides a split and lists the divided questions', async () => {
    // The first bundled example with a section split down the middle.
    let dir = '';
    let doc: { questionnaire: { id: string }; sections: { disagreement: boolean; title: string; agreement: { rwg: number }; divided: string[] }[] } | undefined;
    for (const id of ['service-truths', 'fanatical-support', 'five-ideas', 'service-foundations']) {
      dir = `examples/${id}/2026-11-16`;
      doc = JSON.parse((await runCli(['report', dir, '--format', 'json'])).stdout);
      if (doc!.sections.some((s) => s.disagreement)) break;
    }
    const split = doc!.sections.filter((s) => s.disagreement);
    expect(split.length).toBeGreaterThan(0);
    for (const format of ['terminal', 'markdown']) {
      const out = (await runCli(['report', dir, '--format', format], { columns: 120 })).stdout.replace(/\*\*/g, '').replace(/\s+/g, ' ');
      expect(out).toContain('Where the mean hides a split');
      for (const s of split) {
        expect(out).toContain(`${s.title}: rwg ${s.agreement.rwg.toFixed(2)} · no consensus`);
        expect(s.divided.length).toBeGreaterThan(0);
        for (const id of s.divided) expect(out).toContain(await textOf(doc!.questionnaire.id, id));
      }
    }
    const calm = (await runCli(['report', NOV])).stdout;
    const nov = JSON.parse((await runCli(['report', NOV, '--format', 'json'])).stdout);
    expect(nov.sections.some((s: { disagreement: boolean }) => s.disagreement)).toBe(false);
    expect(calm).not.toContain('hides a split');
  });

  it('spread per section (a range, not a verdict), answered and n/a per question', async () => {
    const doc = JSON.parse((await runCli(['report', NOV, '--format', 'json'])).stdout);
    const emp = doc.sections.find((s: { id: string }) => s.id === 'empowerment');
    expect(emp.spread.respondents).toBe(doc.respondents);
    expect(emp.spread.max - emp.spread.min).toBeGreaterThan(0);
    // Disagreement is the agreement band, not the range.
    expect(emp.disagreement).toBe(emp.agreement.band === 'no-consensus');
    // Each question counts the respondents its audience takes in: answered, don't know, n/a.
    type Q = { audience?: string[]; answered: number; na: number; dontKnow: number; coverage: { total: number } };
    const asked = (q: Q): number => (q.audience ? q.audience.reduce((n, role) => n + (doc.roles[role] ?? 0), 0) : doc.respondents);
    for (const q of emp.questions as Q[]) expect([q.coverage.total + q.na, q.answered + q.dontKnow]).toEqual([asked(q), q.coverage.total]);
    expect(emp.questions.some((q: Q) => asked(q) < doc.respondents)).toBe(true);
    const term = await runCli(['report', NOV]);
    expect(term.stdout).toContain(`range ${Math.round(emp.spread.min)}–${Math.round(emp.spread.max)}`);
    expect(term.stdout).toContain(`rwg ${emp.agreement.rwg.toFixed(2)}`);
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
    // Each round with its interval, and the change first → latest against its noise.
    const fmt = (e: { score: number; interval: { low: number; high: number } }): string => `${e.score.toFixed(1)} (${e.interval.low.toFixed(1)}–${e.interval.high.toFixed(1)})`;
    const overallRow = r.stdout.split('\n').find((l) => l.startsWith('| **Overall**'))!;
    for (const h of doc.history) expect(overallRow).toContain(fmt(h));
    expect(overallRow).toMatch(/[▲▼≈=] [+\u2212]?[\d.]+ (improved|regressed|within the noise|unchanged) \((noise ±[\d.]+|no noise estimate[^)]*)\)/);
    const term = (await runCli(['report', NOV, '--history', 'examples/icare'])).stdout;
    expect(term).toContain('Trend');
    for (const h of doc.history) expect(term).toContain(`(${h.interval.low.toFixed(1)}–${h.interval.high.toFixed(1)})`);
  });
});

describe('icare compare', () => {
  it("says each side's response warnings in every format, with the files on stderr only", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-cmp-'));
    const [first, ...rest] = readdirSync(join(ROOT, NOV)).sort();
    writeFileSync(join(dir, first!), readFileSync(join(ROOT, NOV, first!), 'utf8').replace('status: complete', 'status: in-progress'));
    for (const f of rest) writeFileSync(join(dir, f), readFileSync(join(ROOT, NOV, f), 'utf8'));
    const doc = JSON.parse((await runCli(['compare', MAY, '--to', dir, '--format', 'json'])).stdout);
    expect(doc.before.warnings).toEqual([]);
    const w = doc.after.warnings.find((x: { rule: string }) => x.rule === 'in-progress');
    expect(w.files).toEqual([]);
    for (const format of ['terminal', 'markdown', 'html']) {
      const r = await runCli(['compare', MAY, '--to', dir, '--format', format]);
      expect(r.stdout.replace(/\s+/g, ' '), format).toContain(`After: ${w.message}`);
      expect(r.stdout).not.toContain(first!.replace(/\.yaml$/, ''));
      expect(r.stderr).toContain(first!);
    }
  });

  it('terminal: before, after, change and level change; improved and regressed first', async () => {
    const r = await runCli(['compare', MAY, '--to', NOV]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Overall [\d.]+ \([\d.]+–[\d.]+\) → [\d.]+ \([\d.]+–[\d.]+\) · ▲ \+[\d.]+ improved · noise ±[\d.]+/);
    const doc = JSON.parse((await runCli(['compare', MAY, '--to', NOV, '--format', 'json'])).stdout);
    expect(doc.questions.some((q: { change: number }) => q.change > 0)).toBe(true);
    expect(doc.questions.some((q: { change: number }) => q.change < 0)).toBe(true);
    expect(r.stdout).toContain('Largest rises by question');
    expect(r.stdout).toContain('Largest falls by question');
    // A change within the noise is neither improved nor regressed.
    for (const s of doc.sections.filter((x: { direction: string }) => x.direction === 'within-noise')) {
      expect(r.stdout).toMatch(new RegExp(`Within the noise: .*${s.title}`));
      expect(r.stdout).not.toMatch(new RegExp(`(Improved|Regressed): .*${s.title}`));
    }
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
    const lists = [doc.questions.some((q: { change: number }) => q.change > 0), doc.questions.some((q: { change: number }) => q.change < 0)].filter(Boolean).length;
    expect(checkTables(md.stdout)).toBe(1 + lists);
    expect(md.stdout).toContain(`noise ±${culture.noise.toFixed(1)}`);
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
      `questionnaire: icare\nversion: ${ICARE.version}\norganisation: "Evil | Corp <b>\\e[2J"\nrespondent: {name: "**Mallory**", role: frontline}\nanswers:\n  wait-apology: {value: 1, note: "<script>alert(1)</script> | # not a heading \\e]0;title\\a"}\n`,
    );
    expect(existsSync(join(dir, 'a.yaml'))).toBe(true);
    const term = await runCli(['report', dir, '--all']);
    expect(term.code).toBe(0);
    expect(term.stdout).not.toMatch(/[\u001b\u0007]/);
    const md = await runCli(['report', dir, '--format', 'markdown']);
    expect(md.stdout).not.toContain('<script>');
    expect(md.stdout).toContain('\\<script\\>');
    expect(md.stdout).toContain('Evil \\| Corp');
    // One answer: no verdict, and the note still appears.
    expect(md.stdout).toContain('\\<script\\>alert(1)\\</script\\> \\| # not a heading');
    checkTables(md.stdout);
  });

  it('a one-answer in-progress file gives no level and no "on target" anywhere, and says it is in progress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-one-'));
    writeFileSync(join(dir, 'a.yaml'), `questionnaire: icare\nversion: ${ICARE.version}\nstatus: in-progress\nrespondent: {role: frontline}\nanswers:\n  wait-apology: 5\n`);
    const doc = JSON.parse((await runCli(['report', dir, '--format', 'json'])).stdout);
    expect(doc.score).toBe(100);
    const levels: string[] = JSON.parse((await runCli(['show', 'icare', '--format', 'json'])).stdout).levels.map((l: { name: string }) => l.name);
    for (const format of ['terminal', 'markdown', 'csv']) {
      for (const columns of [60, 80, 120]) {
        const out = (await runCli(['report', dir, '--format', format], { columns })).stdout.replaceAll(doc.questionnaire.title, 'TITLE');
        for (const name of levels) expect(out, `${format} ${name}`).not.toContain(name);
        expect(out).not.toMatch(/on target|meets its target/);
        expect(out).toMatch(/needs more answers/i);
        if (format !== 'csv') expect(out.replace(/\s+/g, ' ')).toContain('one respondent (frontline), still in progress');
      }
    }
  });

  it('warnings come first, under "Before you read this"; with --names naming at most five files then how many more', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-warn-'));
    const files = readdirSync(join(ROOT, NOV)).sort().slice(0, 7);
    for (const f of files) writeFileSync(join(dir, f), readFileSync(join(ROOT, NOV, f), 'utf8').replace('status: complete', 'status: in-progress'));
    const doc = JSON.parse((await runCli(['report', dir, '--format', 'json', '--names'])).stdout);
    const warning = doc.warnings.find((w: { rule: string }) => w.rule === 'in-progress');
    expect(warning.files).toHaveLength(7);
    const term = (await runCli(['report', dir, '--names'], { columns: 200 })).stdout;
    const md = (await runCli(['report', dir, '--format', 'markdown', '--names'])).stdout;
    for (const out of [term, md]) {
      const part = out.slice(out.indexOf('Before you read this')).replace(/\s+/g, ' ');
      expect(out.indexOf('Before you read this')).toBeLessThan(out.indexOf('Priorities'));
      expect(part).toContain(warning.message);
      expect(part).toContain('and 2 more');
      expect(part.replace(/\\/g, '')).toContain(warning.files.slice(0, 5).join(', '));
      expect(part).not.toContain(warning.files[5]);
    }
    expect(term).toContain(`${doc.respondents} respondents`);
    expect(term).toContain(`${doc.inProgress} still in progress`);
    // Files are often named after their respondent: without --names the report gives the warning
    // and leaves the files to stderr, for whoever runs it.
    for (const format of ['terminal', 'markdown', 'json', 'html', 'csv']) {
      const r = await runCli(['report', dir, '--format', format]);
      expect(r.stdout, format).toContain(format === 'csv' ? '' : 'in progress');
      for (const f of files) expect(r.stdout, `${format} ${f}`).not.toContain(f.replace(/\.yaml$/, ''));
      expect(r.stderr).toContain(`in-progress (files not named in the report without --names): ${warning.files.join(', ')}`);
    }
  });

  it('markdown: each question\'s answers as a distribution, with n/a, don\'t know and "not visible to the people asked"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-dk-'));
    const values = [1, 'dont-know', 'dont-know', 4, 'n/a'];
    values.forEach((v, i) => writeFileSync(join(dir, `r${i}.yaml`), `questionnaire: icare\nversion: ${ICARE.version}\nanswers:\n  same-standard-everywhere: ${v}\n  wait-apology: ${1 + i}\n`));
    const doc = JSON.parse((await runCli(['report', dir, '--format', 'json'])).stdout);
    const q = doc.sections[0].questions.find((x: { id: string }) => x.id === 'same-standard-everywhere');
    expect(q.notVisible).toBe(true);
    const md = (await runCli(['report', dir, '--format', 'markdown'])).stdout;
    checkTables(md);
    const sameText = (await textOf('icare', 'same-standard-everywhere')).slice(0, 40);
    const row = md.split('\n').find((l) => l.startsWith('| ') && l.includes(sameText))!;
    const asked = q.coverage.total + q.na;
    expect(row).toContain(`not visible to the people asked (${Math.round((100 * q.dontKnow) / asked)}% don't know)`);
    expect(row).toContain('`1█ 2· 3· 4█ 5·` · n/a 1 · don\'t know 2');
    expect(row).toMatch(/\| 2\/4 \| 1 \| 2 \|/);
    const waitText = (await textOf('icare', 'wait-apology')).slice(0, 40);
    const busy = md.split('\n').find((l) => l.startsWith('| ') && l.includes(waitText))!;
    expect(busy).toContain('`1█ 2█ 3█ 4█ 5█`');
  });

  it('escapes hostile text in html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-hostile-'));
    writeFileSync(
      join(dir, 'a.yaml'),
      `questionnaire: icare\nversion: ${ICARE.version}\norganisation: "Evil | Corp <b>\\e[2J"\nrespondent: {name: "**Mallory**", role: frontline}\nanswers:\n  wait-apology: {value: 1, note: "<script>alert(1)</script> | # not a heading \\e]0;title\\a"}\n`,
    );
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
