// `report --format csv` and `compare --format csv`, through the CLI, read back with csv-parse.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';

const NOV = 'examples/icare/2026-11-16';
const MAY = 'examples/icare/2026-05-18';

type Row = Record<string, string>;
const read = (text: string): Row[] => parse(text, { columns: true, bom: true }) as Row[];
const one = (n: number | null | undefined): string => (n === null || n === undefined ? '' : Number.isInteger(n) ? String(n) : n.toFixed(1));

interface JsonSection {
  id: string;
  title: string;
  score: number | null;
  interval: { low: number; high: number } | null;
  target: number;
  gap: number | null;
  verdict: string;
  questions: unknown[];
}

describe('icare report --format csv', () => {
  it('is RFC 4180 with a byte-order mark: tidy rows, one per section and per question, for each group shown', async () => {
    const r = spawnCli(['report', NOV, '--by', 'role', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeffquestionnaire,group,section,question,score,interval_low,interval_high,target,gap,verdict,respondents\r\n')).toBe(true);
    expect(r.stdout.replace(/\r\n/g, '')).not.toContain('\n'); // every record ends with CRLF
    const rows = read(r.stdout);
    const doc = JSON.parse((await runCli(['report', NOV, '--by', 'role', '--format', 'json'])).stdout);
    const shown = doc.byRole.roles.filter((g: { hidden: boolean }) => !g.hidden).map((g: { role: string }) => g.role);
    expect([...new Set(rows.map((x) => x.group))]).toEqual(['overall', ...shown]);
    const overall = rows.filter((x) => x.group === 'overall');
    const questions = doc.sections.reduce((n: number, s: JsonSection) => n + s.questions.filter((q) => (q as { score?: number | null }).score !== undefined).length, 0);
    expect(overall.length).toBe(1 + doc.sections.length + questions);
    expect(overall[0]).toMatchObject({ questionnaire: doc.questionnaire.title, section: '', question: '', score: one(doc.score), interval_low: one(doc.interval.low), interval_high: one(doc.interval.high), verdict: 'below target', respondents: String(doc.respondents) });
    for (const s of doc.sections as JsonSection[]) {
      const row = overall.find((x) => x.section === s.title && x.question === '')!;
      expect(row).toMatchObject({ score: one(s.score), interval_low: one(s.interval?.low), interval_high: one(s.interval?.high), target: one(s.target), gap: one(s.gap) });
    }
  });

  it('with --customers, adds the customers\' score of each mirrored section with the delivery gap\'s verdict', async () => {
    const customers = ['--customers', 'examples/icare-customers/google-forms-2026-11.csv'];
    const rows = read((await runCli(['report', NOV, ...customers, '--format', 'csv'])).stdout).filter((x) => x.group === 'customers');
    const doc = JSON.parse((await runCli(['report', NOV, ...customers, '--format', 'json'])).stdout);
    const gap = doc.deliveryGap;
    expect(rows.map((x) => x.section)).toEqual(gap.sections.map((s: { title: string }) => s.title));
    gap.sections.forEach((s: { customers: { score: number; interval: { low: number; high: number } }; target: number }, i: number) => {
      expect(rows[i]).toMatchObject({ questionnaire: gap.customerQuestionnaire.title, score: one(s.customers.score), interval_low: one(s.customers.interval.low), interval_high: one(s.customers.interval.high), gap: one(s.target - s.customers.score), respondents: String(gap.customers) });
    });
    expect(rows.some((x) => (x.verdict ?? '').startsWith('delivery gap'))).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas, keeps negative numbers numbers, and says no verdict where there is none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-csv-'));
    writeFileSync(join(dir, 'q.yaml'), 'id: evil\ntitle: "=HYPERLINK(\\"http://x\\")"\nversion: 1\nsections:\n  - id: s\n    title: "+SUM(A1)"\n    questions:\n      - {id: a, text: "-2+3", recommendation: r}\n      - {id: b, text: "@cmd", recommendation: r}\n      - {id: c, text: "\\tTabbed, \\"quoted\\"", recommendation: r}\n');
    writeFileSync(join(dir, 'a.yaml'), 'questionnaire: evil\nversion: 1\nstatus: in-progress\nanswers: {a: 5}\n');
    const r = await runCli(['report', join(dir, 'a.yaml'), '-q', dir, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = read(r.stdout);
    expect(rows[0]!.questionnaire).toBe('\'=HYPERLINK("http://x")');
    expect(rows[1]!.section).toBe("'+SUM(A1)");
    expect(rows.map((x) => x.question)).toEqual(['', '', "'-2+3", "'@cmd", '\'\tTabbed, "quoted"']);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // One answer in progress: no verdict, no gap.
    expect(rows[0]).toMatchObject({ verdict: 'needs more answers', gap: '', interval_low: '' });
    const target = await runCli(['report', join(dir, 'a.yaml'), '-q', dir, '--format', 'csv', '--target', '10']);
    expect(read(target.stdout)[0]!.target).toBe('10');
  });
});

describe('icare compare --format csv', () => {
  it('gives both sides as groups and the change, noise and direction on the after rows', async () => {
    const r = await runCli(['compare', MAY, '--to', NOV, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = read(r.stdout);
    const doc = JSON.parse((await runCli(['compare', MAY, '--to', NOV, '--format', 'json'])).stdout);
    expect([...new Set(rows.map((x) => x.group))]).toEqual(['before', 'after']);
    const after = (section: string, question = ''): Row => rows.find((x) => x.group === 'after' && x.section === section && x.question === question)!;
    expect(after('')).toMatchObject({ change: one(doc.overall.change), noise: one(doc.overall.noise), direction: doc.overall.direction === 'within-noise' ? 'within the noise' : doc.overall.direction });
    for (const s of doc.sections) expect(after(s.title)).toMatchObject({ change: one(s.change), noise: one(s.noise) });
    const title = (id: string): string => doc.after.sections.find((s: { id: string }) => s.id === id).title;
    for (const q of doc.questions) expect(after(title(q.section), q.text).change).toBe(one(q.change));
    expect(rows.filter((x) => x.group === 'before').every((x) => x.change === '')).toBe(true);
  });
});
