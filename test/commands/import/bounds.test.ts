// Files past the bounds on what icare reads: a finding where the bound is passed, and nothing imported.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { type JsonSummary } from '../../helpers/importedFiles.js';
import { tempFolders } from '../../helpers/tempFolders.js';

const tmp = tempFolders('icare-import-');

describe('icare import: files past the bounds on columns and row size', () => {
  it('100,000 columns: a finding at the first column past the bound, exit 1, nothing written', async () => {
    const root = tmp();
    const csv = join(root, 'wide.csv');
    writeFileSync(csv, ['Your name', 'wait-apology', ...Array.from({ length: 100_000 }, (_, i) => `c${i}`)].join(',') + '\nDana,4\n');
    const r = await runCli(['import', csv, '--questionnaire', 'icare', '--out', join(root, 'out')], { cwd: root });
    expect(r.stderr).toBe(
      'wide.csv:1:10001 error the row has more than 10000 columns; icare reads at most 10000 (is this a form\'s export?) (csv-too-many-columns)\n' +
        'icare: wide.csv: stopped reading at line 1, past a bound on what icare reads; nothing was imported\n',
    );
    expect(r.code).toBe(1);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('a cell just over the bound on a row\'s characters: a finding at its line and column, exit 1, nothing written', async () => {
    const root = tmp();
    const csv = join(root, 'long.csv');
    writeFileSync(csv, `Your name,wait-apology,biggest-obstacle\nDana,4,short\nLee,3,"${'x'.repeat(2 * 1024 * 1024 + 1)}"\nKim,2,\n`);
    const r = await runCli(['import', csv, '--questionnaire', 'icare', '--out', join(root, 'out'), '--format', 'json'], { cwd: root });
    expect(r.stderr).toBe('icare: long.csv: stopped reading at line 3, past a bound on what icare reads; nothing was imported\n');
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout) as JsonSummary;
    expect(s).toMatchObject({ rows: 1, written: 0, files: [] });
    expect(s.problems).toEqual([{ row: 3, column: 3, header: 'biggest-obstacle', rule: 'csv-row-too-long', message: expect.stringContaining('the row passes 2097152 characters in this cell') as unknown as string }]);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });
});
