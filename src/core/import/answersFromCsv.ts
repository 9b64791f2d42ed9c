// A CSV export, as the shell's reader yields it, → the steps of reading it as answers: the plan
// of its header row, then each data row as an answers file, its problems, or empty. Whoever reads
// exports (import writes the files) consumes these steps; nothing here knows about files.
import type { Questionnaire } from '../model/model.js';
import { cachedCellAnswer } from './cellAnswer.js';
import { planHasErrors, type ColumnNote, type ColumnPlan } from './columnPlan.js';
import { convertRow, type RowDefaults, type RowProblem, type RowResult } from './convertRow.js';
import type { CsvEvent, CsvSkip } from './csvEvent.js';
import type { ImportMap } from './importMap.js';
import { planColumns } from './planColumns.js';

export type CsvStep<R = RowResult> =
  /** About the file as a whole (its encoding). */
  | { readonly kind: 'note'; readonly note: ColumnNote }
  /** The header row read; when the plan has errors, no step follows. */
  | { readonly kind: 'plan'; readonly plan: ColumnPlan }
  /** A data row, or a record the reader could not read (as its problem), in line order. */
  | { readonly kind: 'row'; readonly row: number; readonly result: R | { readonly problems: readonly RowProblem[] } }
  /** The header line could not be read; no step follows. */
  | { readonly kind: 'unreadable-header'; readonly problem: RowProblem }
  /** The reader stopped where the file passes a bound on what it reads; no step follows. */
  | { readonly kind: 'stopped'; readonly problem: RowProblem };

export interface CsvReading extends RowDefaults {
  readonly map?: ImportMap;
}

const WINDOWS_1252: ColumnNote = {
  column: 0,
  header: '',
  severity: 'warning',
  rule: 'csv-encoding',
  message: 'the file is not UTF-8, so it is read as Windows-1252 (what Excel writes for "CSV (Comma delimited)" on Western European Windows); if letters look wrong in the answers files, save the export as "CSV UTF-8" and import that',
};

/** How the rows of one plan are read: import makes answers files (convertRow), report codes (codeRow). */
export type RowReader<R> = (plan: ColumnPlan, defaults: RowDefaults) => (cells: readonly string[], row: number) => R;

const answersFiles: RowReader<RowResult> = (plan, defaults) => {
  const answer = cachedCellAnswer(plan);
  return (cells, row) => convertRow(plan, cells, row, defaults, answer);
};

export function answersFromCsv(events: AsyncIterable<CsvEvent> | Iterable<CsvEvent>, q: Questionnaire, reading: CsvReading = {}): AsyncGenerator<CsvStep> {
  return rowsFromCsv(events, q, reading, answersFiles);
}

export async function* rowsFromCsv<R>(events: AsyncIterable<CsvEvent> | Iterable<CsvEvent>, q: Questionnaire, reading: CsvReading, reader: RowReader<R>): AsyncGenerator<CsvStep<R>> {
  let plan: ColumnPlan | undefined;
  let readRow: ((cells: readonly string[], row: number) => R) | undefined;
  const { map: _, ...defaults } = reading;
  for await (const event of events) {
    if (event.kind === 'encoding') {
      if (event.encoding === 'windows-1252') yield { kind: 'note', note: WINDOWS_1252 };
    } else if (event.kind === 'header') {
      plan = planColumns(q, event.cells, reading.map);
      yield { kind: 'plan', plan };
      if (planHasErrors(plan)) return;
      readRow = reader(plan, defaults);
    } else if (event.kind === 'stop') {
      const { row, column, rule, message } = event.stop;
      yield { kind: 'stopped', problem: { row, column, header: plan?.headers[column - 1] ?? '', rule, message } };
      return;
    } else if (!plan) {
      // The reader yields the header before any record, so this is a skip: the header line's.
      if (event.kind === 'skip') yield { kind: 'unreadable-header', problem: skipProblem(event.skip, undefined) };
      return;
    } else if (event.kind === 'skip') {
      yield { kind: 'row', row: event.skip.row, result: { problems: [skipProblem(event.skip, plan)] } };
    } else {
      yield { kind: 'row', row: event.row, result: readRow!(event.cells, event.row) };
    }
  }
}

/** A record the reader skipped, as the problem of its row. */
function skipProblem(skip: CsvSkip, plan: ColumnPlan | undefined): RowProblem {
  if (skip.cells === undefined || !plan) return { row: skip.row, column: 1, header: '', rule: 'csv-syntax', message: skip.message };
  const expected = plan.headers.length;
  const column = Math.min(skip.cells, expected) + 1;
  return {
    row: skip.row,
    column,
    header: plan.headers[column - 1] ?? '',
    rule: 'ragged-row',
    message: `row has ${skip.cells} cells but the header has ${expected}${skip.cells > expected ? '; a cell holding a comma needs quotes' : ''}`,
  };
}
