import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise, ROOT, runCli } from '../helpers/cli.js';
import { checkTables, MAY, NOV } from '../helpers/report.js';

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

  it('a question everyone answered alike in both rounds says it has no noise estimate, and why', async () => {
    const root = mkdtempSync(join(tmpdir(), 'icare-cmp-'));
    const round = (name: string, value: number): string => {
      const dir = join(root, name);
      mkdirSync(dir);
      for (const who of ['a', 'b', 'c']) {
        writeFileSync(join(dir, `${who}.yaml`), `questionnaire: icare\nversion: 2\nrespondent: { role: frontline }\ndate: 2026-11-16\nstatus: complete\nanswers:\n  wait-apology: ${value}\n`);
      }
      return dir;
    };
    const r = await runCli(['compare', round('may', 3), '--to', round('nov', 4)]);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('50.0 → 75.0 (mostly Sometimes → mostly Usually) · improved · no noise estimate (every answer the same on both sides)');
    const doc = JSON.parse((await runCli(['compare', join(root, 'may'), '--to', join(root, 'nov'), '--format', 'json'])).stdout);
    expect(doc.questions).toEqual([expect.objectContaining({ question: 'wait-apology', change: 25, noise: null, noNoise: 'no-spread', direction: 'improved' })]);
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
