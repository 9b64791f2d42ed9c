// The CSV importer under damaged exports: the shell's reader on a temporary file, then the core's
// row steps. Whatever the bytes, it gives problems that point at a line and column of the file,
// printed without a raw control character, and never throws; `icare import` as a whole ends in
// findings or files, never in an internal error.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import { answersFromCsv } from '../../../src/core/import/answersFromCsv.js';
import type { RowProblem } from '../../../src/core/import/convertRow.js';
import { noteLine, problemLine } from '../../../src/render/import/text.js';
import { MAX_CSV_COLUMNS, readCsv } from '../../../src/shell/csv/readCsv.js';
import { FIXTURES, runCli } from '../../helpers/cli.js';
import { expectNoRawControl, mutatedBytes } from '../../helpers/hostile.js';
import { icare } from '../../helpers/icare.js';

const dir = mkdtempSync(join(tmpdir(), 'icare-csv-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seeds = ['google-forms.csv', 'microsoft-forms.csv', 'surveymonkey.csv', 'ragged-row.csv'].map((f) => readFileSync(join(FIXTURES, 'import', f), 'utf8'));
const exports = fc.oneof(...seeds.map(mutatedBytes));
const colour = { chalk: new Chalk({ level: 1 }), width: 80, version: '0' };

let n = 0;
function csvFile(bytes: Uint8Array): string {
  const path = join(dir, `${n++}.csv`);
  writeFileSync(path, bytes);
  return path;
}

/** A line number no record of the file can start after: every line break counted, CR and LF apart. */
function maxLine(bytes: Uint8Array): number {
  return bytes.reduce((lines, b) => lines + (b === 0x0a || b === 0x0d ? 1 : 0), 1);
}

function expectInFile(p: RowProblem, bytes: Uint8Array): void {
  const ok = Number.isInteger(p.row) && Number.isInteger(p.column) && p.row >= 1 && p.row <= maxLine(bytes) && p.column >= 1 && p.column <= MAX_CSV_COLUMNS + 1;
  if (!ok) expect.fail(`problem outside the file: ${JSON.stringify(p).slice(0, 300)}`);
}

describe('answersFromCsv over readCsv, fuzzed', () => {
  it('turns any bytes into notes, rows and problems inside the file, printed without raw control characters', async () => {
    await fc.assert(
      fc.asyncProperty(exports, async (bytes) => {
        const path = csvFile(bytes);
        for await (const step of answersFromCsv(readCsv(path, path), icare)) {
          if (step.kind === 'note') expectNoRawControl(noteLine(path, step.note, colour), 'note');
          else if (step.kind === 'plan') step.plan.notes.forEach((note) => expectNoRawControl(noteLine(path, note, colour), 'header note'));
          else {
            const problems = step.kind === 'row' ? ('problems' in step.result ? step.result.problems : []) : [step.problem];
            for (const p of problems) {
              expectInFile(p, bytes);
              expectNoRawControl(problemLine(path, p, colour), 'problem');
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('`icare import` ends in files or findings (exit 0 or 1), never an internal error or a raw control character', async () => {
    await fc.assert(
      fc.asyncProperty(exports, fc.constantFrom('text', 'json'), async (bytes, format) => {
        const path = csvFile(bytes);
        const r = await runCli(['import', path, '--questionnaire', 'icare', '--out', join(dir, `out-${n}`), '--format', format], { env: { FORCE_COLOR: '1' } });
        expect(r.stderr).not.toContain('internal error');
        expect([0, 1]).toContain(r.code);
        expectNoRawControl(r.stderr, 'stderr');
        expectNoRawControl(r.stdout, 'stdout');
      }),
      { numRuns: 30 },
    );
  });
});
