// A questionnaire with the id of a bundled one replaces it wherever it is loaded: validate warns
// (shadows-bundled), list marks which one is used, report warns, and init refuses such an id
// without --force.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, spawnCli } from '../helpers/cli.js';

interface JsonFinding {
  file: string;
  severity: string;
  rule: string;
}

/** A folder `qs` holding the little fixture questionnaire under the bundled id five-ideas, and an answers file for it. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'icare-shadow-'));
  mkdirSync(join(dir, 'qs'));
  const little = readFileSync(join(FIXTURES, 'assess', 'questionnaires', 'little.yaml'), 'utf8');
  writeFileSync(join(dir, 'qs', 'five-ideas.yaml'), little.replace('id: little', 'id: five-ideas'));
  writeFileSync(join(dir, 'answers.yaml'), 'questionnaire: five-ideas\nversion: 3\nrespondent: {role: frontline}\nanswers:\n  greet: 4\n  written: yes\n');
  return dir;
}

describe('shadows-bundled', () => {
  it('validate warns about a --questionnaires file and about a file among those checked, never about the bundled files', async () => {
    const dir = project();
    const among = await runCli(['validate', 'qs', '--format', 'json'], { cwd: dir });
    expect(among.code).toBe(0);
    expect(JSON.parse(among.stdout)).toEqual([expect.objectContaining({ file: 'qs/five-ideas.yaml', severity: 'warning', rule: 'shadows-bundled', line: 2, column: 5 })]);
    const extra = await runCli(['validate', 'answers.yaml', '-q', 'qs', '--format', 'json'], { cwd: dir });
    expect(extra.code).toBe(0);
    expect((JSON.parse(extra.stdout) as JsonFinding[]).map((f) => `${f.file} ${f.rule}`)).toEqual(['qs/five-ideas.yaml shadows-bundled']);
    expect((await runCli(['validate', 'answers.yaml', '-q', 'qs', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);

    // The bundled files themselves, by default or named, replace nothing.
    expect((await runCli(['validate'])).stdout).toMatch(/0 errors, 0 warnings/);
    expect((await runCli(['validate', 'questionnaires', '-q', 'questionnaires'])).stdout).toMatch(/0 errors, 0 warnings/);
  });

  it('list marks the questionnaire used and says so under the table; JSON says replacesBundled', async () => {
    const dir = project();
    const r = await runCli(['list', '-q', 'qs'], { cwd: dir, tty: true, columns: 100 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^│ five-ideas \* +│ Little questionnaire/m);
    expect(r.stdout).toContain('* five-ideas: qs/five-ideas.yaml is used instead of the bundled questionnaire with this id.');
    expect(r.stdout).not.toMatch(/^│ icare \*/m);
    expect(r.stderr).toContain('(shadows-bundled)');
    const json = JSON.parse((await runCli(['list', '-q', 'qs', '--format', 'json'], { cwd: dir })).stdout) as { id: string; file: string; replacesBundled?: boolean }[];
    expect(json.filter((q) => q.replacesBundled)).toEqual([expect.objectContaining({ id: 'five-ideas', file: 'qs/five-ideas.yaml' })]);
    expect(json.filter((q) => q.id === 'five-ideas')).toHaveLength(1);
  });

  it('report warns on stderr and reports with the questionnaire from the folder', () => {
    const dir = project();
    const r = spawnCli(['report', 'answers.yaml', '-q', 'qs'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/qs\/five-ideas\.yaml:2:5 warning questionnaire id "five-ideas" is also a bundled questionnaire's: wherever this file is loaded, it is used and the bundled one is not/);
    expect(r.stdout).toContain('Little questionnaire');
  });

  it('init refuses a bundled id without --force, and says what --force did', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icare-shadow-'));
    const refused = await runCli(['init', '--title', 'Icare', '--yes'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"icare" is the id of a bundled questionnaire: wherever the new file is loaded, it would be used instead of that one. Choose another id (--id), or use --force to take it anyway');
    const byId = await runCli(['init', '--id', 'service-truths', '--title', 'Truths', '--yes'], { cwd: dir });
    expect(byId.code).toBe(2);
    const forced = await runCli(['init', '--title', 'Icare', '--yes', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Wherever it is loaded, it replaces the bundled questionnaire "icare".');
    const v = await runCli(['validate', 'icare.yaml', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(v.stdout) as JsonFinding[]).map((f) => f.rule)).toEqual(['shadows-bundled']);
  });
});
