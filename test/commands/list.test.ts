import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, spawnCli } from '../helpers/cli.js';

const BUNDLED_IDS = ['fanatical-support', 'five-ideas', 'icare', 'icare-customers', 'service-foundations', 'service-truths'];

interface Summary {
  id: string;
  title: string;
  version: number | string;
  sections: number;
  questions: number;
  scored: number;
  sources: string[];
  file: string;
}

/** Counts straight from the YAML files, independent of the loader. */
function bundledCounts(): Map<string, { sections: number; questions: number; scored: number; title: string; version: number | string }> {
  const out = new Map<string, { sections: number; questions: number; scored: number; title: string; version: number | string }>();
  const dir = join(ROOT, 'questionnaires');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const q = parse(readFileSync(join(dir, name), 'utf8')) as { id: string; title: string; version: number | string; sections: { questions: { type?: string }[] }[] };
    const questions = q.sections.flatMap((s) => s.questions);
    out.set(q.id, {
      title: q.title,
      version: q.version,
      sections: q.sections.length,
      questions: questions.length,
      // Customer metrics (NPS, ratings) and comments are not part of the maturity score.
      scored: questions.filter((x) => x.type !== 'text' && x.type !== 'nps' && x.type !== 'rating').length,
    });
  }
  return out;
}

/** Display width: East Asian wide characters take two columns. */
function displayWidth(line: string): number {
  return [...line].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);
}

const MINI = `id: team-health
title: Team health
version: 2
source: Our own notes
sections:
  - id: hiring
    title: Hiring
    questions:
      - id: interviews-structured
        text: Interviews follow a written structure.
        type: yesno
        recommendation: Write an interview guide.
      - id: hiring-comments
        text: Anything else?
        type: text
`;

describe('icare list: the table and its formats', () => {
  it('shows every bundled questionnaire with counts that match the files', async () => {
    const r = await runCli(['list']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const counts = bundledCounts();
    expect([...counts.keys()].sort()).toEqual(BUNDLED_IDS);
    const lines = r.stdout.split('\n');
    for (const [id, c] of counts) {
      // The first line of each row holds the id and both counts (the title may wrap below it).
      const row = lines.find((l) => l.startsWith(`│ ${id} `));
      expect(row, id).toBeDefined();
      expect(row).toMatch(new RegExp(`│\\s+${c.sections} │\\s+${c.questions} │`));
    }
    const total = [...counts.values()].reduce((n, c) => n + c.questions, 0);
    expect(r.stdout).toContain(`${counts.size} questionnaires, ${total} questions.`);
  });

  it('fits the table to 80 columns when not a terminal, and to the terminal width when it is', async () => {
    const plain = await runCli(['list']);
    const widths = plain.stdout.split('\n').map(displayWidth);
    expect(Math.max(...widths)).toBeLessThanOrEqual(80);
    expect(Math.max(...widths)).toBeGreaterThan(70);

    const wide = await runCli(['list'], { tty: true, columns: 140 });
    const wideWidths = wide.stdout.split('\n').map(displayWidth);
    expect(Math.max(...wideWidths)).toBeLessThanOrEqual(140);
    expect(Math.max(...wideWidths)).toBeGreaterThan(120);
    // More room: the ICARE title no longer wraps.
    expect(wide.stdout).toContain('ICARE: Legendary Service');

    const narrow = await runCli(['list'], { tty: true, columns: 60 });
    expect(narrow.code).toBe(0);
    for (const id of BUNDLED_IDS) expect(narrow.stdout).toContain(id);
  });

  it('shortens the source to one line with an ellipsis', async () => {
    const r = await runCli(['list']);
    const icareRow = r.stdout.split('\n').find((l) => l.startsWith('│ icare '))!;
    expect(icareRow).toMatch(/│ Ken Blanch[^│]*… *│$/);
  });

  it('--json prints an array of summaries matching the files', async () => {
    const r = await runCli(['list', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Summary[];
    expect(list.map((x) => x.id).sort()).toEqual(BUNDLED_IDS);
    const counts = bundledCounts();
    for (const s of list) {
      const c = counts.get(s.id)!;
      expect(s).toMatchObject({ title: c.title, sections: c.sections, questions: c.questions, scored: c.scored, version: c.version });
      expect(s.sources.length).toBeGreaterThan(0);
      expect(s.file).toBe(`questionnaires/${s.id}.yaml`);
      expect(Object.keys(s).sort()).toEqual(['file', 'id', 'questions', 'scored', 'sections', 'sources', 'title', 'version']);
    }
  });

  it('--format table|json, from the renderer registry; --json stays as the same as --format json', async () => {
    const json = await runCli(['list', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe((await runCli(['list', '--json'])).stdout);
    expect((await runCli(['list', '-f', 'json', '--json'])).stdout).toBe(json.stdout);
    const table = await runCli(['list', '--format', 'table']);
    expect(table.stdout).toBe((await runCli(['list'])).stdout);
    const both = await runCli(['list', '--json', '--format', 'table']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json is --format json; it cannot go with --format table');
    const bad = await runCli(['list', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are table, json.');
    expect((await runCli(['list', '--help'])).stdout).toMatch(/-f, --format <format>\s+output format \(choices: "table", "json"/);
  });
});

describe('icare list: added questionnaires, broken files and the built binary', () => {
  it('--questionnaires adds questionnaires from a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-list-'));
    writeFileSync(join(dir, 'team-health.yaml'), MINI);
    const r = await runCli(['list', '--questionnaires', dir, '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Summary[];
    expect(list).toHaveLength(BUNDLED_IDS.length + 1);
    expect(list.find((x) => x.id === 'team-health')).toMatchObject({
      title: 'Team health',
      version: 2,
      sections: 1,
      questions: 2,
      scored: 1,
      sources: ['Our own notes'],
      file: join(dir, 'team-health.yaml'),
    });

    const table = await runCli(['list', '-q', dir], { cwd: dir, tty: true, columns: 120 });
    expect(table.stdout).toMatch(/│ team-health\s+│ Team health\s+│\s+1 │\s+2 │ Our own notes\s+│/);
  });

  it('reports broken files on stderr, lists the rest and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-list-'));
    writeFileSync(join(dir, 'team-health.yaml'), MINI);
    writeFileSync(join(dir, 'broken.yaml'), 'id: broken\ntitle: Broken\nversion: 1\nsections: []\n');
    const r = await runCli(['list', '-q', dir], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+ error/);
    expect(r.stdout).toContain('team-health');
    expect(r.stdout).toContain('icare');
  });

  it('exits 2 when a --questionnaires folder does not exist', async () => {
    const r = await runCli(['list', '--questionnaires', 'no/such/folder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/folder: no such file or folder');
  });

  it('works from the built binary', () => {
    const r = spawnCli(['list', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Summary[]).map((x) => x.id).sort()).toEqual(BUNDLED_IDS);
  });
});
