// Rows the import rejects: where they are reported, and that nothing is written unless --skip-invalid.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { fixture, yamlFiles } from '../../helpers/importedFiles.js';
import { tempFolders } from '../../helpers/tempFolders.js';

const tmp = tempFolders('icare-import-');

describe('icare import: rejected rows', () => {
  it.each([
    ['bad-option-label.csv', 3, 4, 'unknown-option', '"Written down somewhere" is not a valid answer', 2],
    ['scale-out-of-range.csv', 3, 5, 'answer-out-of-scale', '"7" is not a valid answer: answer 7 to "wait-apology" is outside its scale 1–5', 1],
    // The row before it spans lines 2–3 (a quoted cell with a CRLF inside).
    ['ragged-row.csv', 4, 9, 'ragged-row', 'row has 9 cells but the header has 8', 2],
  ])('%s: reported at line %i column %i, and nothing is written', async (name, line, column, rule, message, valid) => {
    const root = tmp();
    const out = join(root, 'imported');
    const r = await runCli(['import', fixture(name), '--questionnaire', 'icare', '--out', out]);
    const problem = r.stderr.split('\n').find((l) => l.includes(' error '));
    expect(problem).toMatch(new RegExp(`^test/fixtures/import/${name.replace('.', '\\.')}:${line}:${column} error `));
    expect(problem).toContain(message);
    expect(problem).toContain(`(${rule})`);
    expect(r.stderr).toContain(`rows: 1 row rejected, so no files were written (fix the cells above, or use --skip-invalid to write the ${valid} valid row`);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root)).toEqual([]);
  });

  it('names the column header of the bad cell', async () => {
    const r = await runCli(['import', fixture('bad-option-label.csv'), '--questionnaire', 'icare', '--out', tmp()]);
    expect(r.stderr).toContain('error column "Our service standards (what every customer can ex…": "Written down somewhere"');
  });

  it('leaves an existing --out folder as it was', async () => {
    const out = tmp();
    writeFileSync(join(out, 'keep.yaml'), 'questionnaire: icare\nanswers: {}\n');
    const r = await runCli(['import', fixture('scale-out-of-range.csv'), '--questionnaire', 'icare', '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual(['keep.yaml']);
  });

  it('--skip-invalid writes the valid rows, says how many were skipped and exits 0', async () => {
    const out = tmp();
    const r = await runCli(['import', fixture('ragged-row.csv'), '--questionnaire', 'icare', '--out', out, '--skip-invalid']);
    expect(r.stderr).toContain('ragged-row.csv:4:9 error row has 9 cells');
    expect(r.stderr).toContain(`3 rows: 2 answers files written to ${out}/, 1 row rejected and skipped`);
    expect(r.code).toBe(0);
    expect(yamlFiles(out)).toEqual(['icare-2026-11-16-aisha-mensah.yaml', 'icare-2026-11-16-jamie-rowe.yaml']);
    // The multi-line cell keeps its line break (as LF).
    const aisha = jsYaml.load(readFileSync(join(out, 'icare-2026-11-16-aisha-mensah.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(aisha.answers['biggest-obstacle']).toBe('Five chats at once.\nAnd not seeing what people bought in the stores.');
    expect((await runCli(['validate', out])).code).toBe(0);
  });

  it('--skip-invalid still fails when every row is rejected', async () => {
    const out = join(tmp(), 'o');
    const r = await runCli(['import', fixture('day-first-dates.csv'), '--questionnaire', 'icare', '--out', out, '--skip-invalid']);
    expect(r.stderr).toContain('2 rows: 0 answers files written');
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('reads dates month first unless the map says day-first', async () => {
    const out = tmp();
    const bad = await runCli(['import', fixture('day-first-dates.csv'), '--questionnaire', 'icare', '--out', out]);
    expect(bad.stderr).toContain('day-first-dates.csv:2:1 error column "Timestamp": "16/11/2026 09:14:02" is not a valid date when read month-first; if the export writes the day first, add "dates: day-first" to a --map file (bad-date)');
    expect(bad.code).toBe(1);
    const good = await runCli(['import', fixture('day-first-dates.csv'), '--questionnaire', 'icare', '--out', out, '--map', fixture('day-first.map.yaml')]);
    expect(good.code).toBe(0);
    expect(yamlFiles(out)).toEqual(['icare-2026-11-16-aisha-mensah.yaml', 'icare-2026-11-17-jamie-rowe.yaml']);
  });
});
