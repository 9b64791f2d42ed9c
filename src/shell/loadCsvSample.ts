// A form tool's CSV export read straight into a sample (`icare report export.csv`): the same
// column matching, cell rules and encodings as `icare import`, streamed, no file written and no
// answers file made: each valid row is coded and folded in as it is read.
import type { Finding } from '../core/checks/finding.js';
import { rowsFromCsv, type CsvReading, type RowReader } from '../core/import/answersFromCsv.js';
import { cellCoder, codeRow, type CodedRow } from '../core/import/codeRow.js';
import { planHasErrors, type ColumnNote } from '../core/import/columnPlan.js';
import type { RowProblem } from '../core/import/convertRow.js';
import type { Layout } from '../core/model/layout.js';
import { addRecord, reserve, type Sample } from '../core/scoring/sample.js';
import { estimatedRows } from './csv/estimatedRows.js';
import { readCsv } from './csv/readCsv.js';

export interface CsvLoad {
  readonly findings: Finding[];
  /** Rows with a problem (each is also a finding). */
  readonly rejected: number;
  /** Why no row could be read at all (the header): the command stops after printing the findings. */
  readonly fatal?: string;
}

const problemFinding = (file: string, p: RowProblem): Finding => ({
  file,
  line: p.row,
  column: p.column,
  severity: 'error',
  rule: p.rule,
  message: p.header.trim() === '' ? p.message : `column ${JSON.stringify(p.header.trim().slice(0, 50))}: ${p.message}`,
});

const noteFinding = (file: string, n: ColumnNote): Finding => ({ file, line: 1, column: Math.max(1, n.column), severity: n.severity, rule: n.rule, message: n.message });

const codedRows: (layout: Layout) => RowReader<CodedRow> = (layout) => (plan, defaults) => {
  const coder = cellCoder(plan, layout);
  return (cells, row) => codeRow(plan, layout, cells, row, defaults, coder);
};

/**
 * Reads the export at `path` (shown as `file`) into `sample`; `source` is its index among the
 * command's inputs. Every row of one export is one round, named after the file.
 */
export async function loadCsvSample(path: string, file: string, source: number, sample: Sample, reading: CsvReading): Promise<CsvLoad> {
  const findings: Finding[] = [];
  let rejected = 0;
  let planned = false;
  const round = file.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt)$/i, '');
  reserve(sample, sample.columns.count + estimatedRows(path));
  const { layout } = sample;
  for await (const step of rowsFromCsv(readCsv(path, file), layout.questionnaire, reading, codedRows(layout))) {
    if (step.kind === 'note') findings.push(noteFinding(file, step.note));
    else if (step.kind === 'plan') {
      planned = true;
      findings.push(...step.plan.notes.map((n) => noteFinding(file, n)));
      if (planHasErrors(step.plan)) return { findings, rejected, fatal: `${file}: fix the header problems above; no report was made` };
    } else if (step.kind === 'unreadable-header') {
      return { findings: [...findings, problemFinding(file, step.problem)], rejected, fatal: `${file}: the header row could not be read; no report was made` };
    } else if (step.kind === 'stopped') {
      return { findings: [...findings, problemFinding(file, step.problem)], rejected, fatal: `${file}: stopped reading at line ${step.problem.row}, past a bound on what icare reads; no report was made` };
    } else if ('problems' in step.result) {
      rejected++;
      findings.push(...step.result.problems.map((p) => problemFinding(file, p)));
    } else if ('record' in step.result) {
      const { head, row, comments } = step.result.record;
      addRecord(sample, { file, layout, head, row, notes: [], comments }, { index: source, line: step.row, round });
    }
  }
  if (!planned) return { findings, rejected, fatal: `${file}: no header row; expected a CSV export with one column per question` };
  return { findings, rejected };
}
