// CSV exports straight into report and compare: the same reading as `icare import`, no files
// written, positioned findings, --skip-invalid, mixed inputs, rounds, and pseudonymous ids.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli } from '../helpers/cli.js';

const GOOGLE = join(FIXTURES, 'import', 'google-forms.csv');
const BAD = join(FIXTURES, 'import', 'scale-out-of-range.csv');

const json = async (args: string[]): Promise<Record<string, unknown> & { respondents: number; score: number }> => {
  const r = await runCli([...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

/** The figures two reports must share when they read the same respondents. */
const figures = (doc: Record<string, unknown>): unknown => {
  const { questionnaire, respondents, roles, dates, score, interval, sections, priorities, actions } = doc as Record<string, unknown>;
  return { questionnaire, respondents, roles, dates, score, interval, sections, priorities, actions };
};

describe('icare report on a CSV export: the reading of import, findings, mixed inputs and rounds', () => {
  it('gives exactly the report of the answers files `icare import` writes from it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-csv-'));
    const imported = await runCli(['import', GOOGLE, '--questionnaire', 'icare', '--out', join(dir, 'answers')]);
    expect(imported.code, imported.stderr).toBe(0);
    const fromFiles = await json(['report', join(dir, 'answers')]);
    const fromCsv = await json(['report', GOOGLE, '--questionnaire', 'icare']);
    expect(fromCsv.respondents).toBe(4);
    expect(figures(fromCsv)).toEqual(figures(fromFiles));
    // Nothing is written by reading the export.
    expect(readdirSync(dir)).toEqual(['answers']);
  });

  it('needs --questionnaire, and refuses rows with problems (positioned, exit 1) unless --skip-invalid', async () => {
    const none = await runCli(['report', GOOGLE]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('CSV exports need --questionnaire ID');
    const bad = await runCli(['report', BAD, '--questionnaire', 'icare']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/scale-out-of-range\.csv:3:5 error .*outside its scale 1–5.*\(answer-out-of-scale\)/);
    expect(bad.stderr).toContain('add --skip-invalid to report on the valid rows');
    expect(bad.stdout).toBe('');
    const skipped = await json(['report', BAD, '--questionnaire', 'icare', '--skip-invalid']);
    expect(skipped.skipped).toBe(1);
    expect(skipped.respondents).toBe(1);
  });

  it('mixes answers files and exports in one command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-csv-'));
    await runCli(['import', GOOGLE, '--questionnaire', 'icare', '--out', join(dir, 'answers')]);
    const files = readdirSync(join(dir, 'answers')).sort();
    // Two respondents as files, the export's four as rows: six in all.
    const mixed = await json(['report', join(dir, 'answers', files[0]!), join(dir, 'answers', files[1]!), GOOGLE, '--questionnaire', 'icare', '--min-group', '1']);
    expect(mixed.respondents).toBe(4); // the two files repeat two people of the export (same name and role)
    expect((mixed.warnings as { rule: string; message: string }[]).find((w) => w.rule === 'duplicate-respondent')!.message).toMatch(/^2 files repeat/);
    const named = await json(['report', join(dir, 'answers', files[0]!), join(dir, 'answers', files[1]!), GOOGLE, '--questionnaire', 'icare', '--min-group', '1', '--names']);
    expect((named.warnings as { rule: string; files: string[] }[]).find((w) => w.rule === 'duplicate-respondent')!.files).toHaveLength(2);
  });

  it('each export is one round in --history, and compare reads an export on either side', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-csv-'));
    mkdirSync(join(dir, 'rounds'));
    copyFileSync(GOOGLE, join(dir, 'rounds', 'round-1.csv'));
    copyFileSync(GOOGLE, join(dir, 'rounds', 'round-2.csv'));
    const doc = await json(['report', join(dir, 'rounds', 'round-2.csv'), '--questionnaire', 'icare', '--history', join(dir, 'rounds')]);
    expect((doc.history as { date: string }[]).map((h) => h.date)).toEqual(['round-1', 'round-2']);
    const compared = await runCli(['compare', join(dir, 'rounds', 'round-1.csv'), '--to', join(dir, 'rounds', 'round-2.csv'), '--questionnaire', 'icare', '--format', 'json']);
    expect(compared.code, compared.stderr).toBe(0);
    expect(JSON.parse(compared.stdout).overall.change).toBe(0);
  });
});

describe('icare report on a CSV export: pseudonymous ids, many comments and reading limits', () => {
  it('--anonymise --key-file gives the same pseudonymous ids on every read, and no names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-csv-'));
    writeFileSync(join(dir, 'secret.key'), 'a long random secret kept by the organisation\n');
    const run = async (out: string): Promise<string[]> => {
      const r = await runCli(['import', GOOGLE, '--questionnaire', 'icare', '--out', join(dir, out), '--anonymise', '--key-file', join(dir, 'secret.key'), '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const files = (JSON.parse(r.stdout) as { files: string[] }).files;
      return files.map((f) => {
        const text = readFileSync(f.startsWith('/') ? f : join(ROOT, f), 'utf8');
        expect(text).not.toMatch(/name:/);
        return /id: ([0-9a-f]{16})/.exec(text)![1]!;
      });
    };
    const first = await run('one');
    const second = await run('two');
    expect(first).toHaveLength(4);
    expect(new Set(first).size).toBe(4);
    expect(second.sort()).toEqual([...first].sort());
    const keyless = await runCli(['report', GOOGLE, '--questionnaire', 'icare', '--key-file', join(dir, 'secret.key')]);
    expect(keyless.code).toBe(2);
    expect(keyless.stderr).toContain('--key-file goes with --anonymise');
  });

  it('groups identical comments with a count and, past the texts kept, counts the rest ("and 1,031 more")', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-csv-'));
    const [header] = readFileSync(GOOGLE, 'utf8').split('\n');
    const first = (parse(readFileSync(GOOGLE), { bom: true }) as string[][])[1]!;
    // The fixture's first row, with a name of its own and the last (text) cell replaced: 50 tell
    // the same story, 1,050 one each. 1,000 different texts are kept: the story and 999 others.
    const quoted = (c: string): string => `"${c.replace(/"/g, '""')}"`;
    const rows = Array.from({ length: 1100 }, (_, i) => [first[0]!, `Person ${i}`, ...first.slice(2, -1), i < 50 ? 'Same story' : `Moment ${i}`].map(quoted).join(','));
    const csv = join(dir, 'many.csv');
    writeFileSync(csv, [header, ...rows].join('\n') + '\n');
    const doc = await json(['report', csv, '--questionnaire', 'icare']);
    expect(doc.respondents).toBe(1100);
    const moments = (doc.comments as { answers: { note: string; role?: string; count?: number }[]; notListed: number }[]).at(-1)!;
    // All 50 share a role, whose group is large enough to name.
    expect(moments.answers[0]).toEqual({ note: 'Same story', role: 'frontline', count: 50 });
    expect(moments.answers).toHaveLength(1000);
    expect(moments.notListed).toBe(51);
    const md = await runCli(['report', csv, '--questionnaire', 'icare', '--format', 'markdown']);
    expect(md.stdout).toContain('- Same story ×50 — frontline');
    expect(md.stdout).toContain('- Moment 68 — frontline\n- *and 1,031 more*');
    const html = await runCli(['report', csv, '--questionnaire', 'icare', '--format', 'html']);
    expect(html.stdout).toContain('“Same story” ×50');
    expect(html.stdout).toContain('and 1,031 more');
  });

  it('stops at a row past the bounds on what icare reads, positioned, and makes no report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-csv-'));
    const [header, first] = readFileSync(GOOGLE, 'utf8').split('\n');
    const csv = join(dir, 'wide.csv');
    writeFileSync(csv, [header, first, ','.repeat(20_000)].join('\n') + '\n');
    const r = await runCli(['report', csv, '--questionnaire', 'icare']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/wide\.csv:3:10001 error .*more than 10000 columns.*\(csv-too-many-columns\)/);
    expect(r.stderr).toContain('stopped reading at line 3');
    expect(r.stdout).toBe('');
  });
});
