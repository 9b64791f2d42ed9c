import type { ColumnNote } from '../../core/import/columnPlan.js';
import type { RowProblem } from '../../core/import/convertRow.js';

/** What `icare import` did; the json format prints it as it is. */
export interface ImportSummary {
  readonly csv: string;
  readonly questionnaire: string;
  readonly out: string;
  /** Data rows read (the header row not counted). */
  readonly rows: number;
  readonly written: number;
  readonly rejected: number;
  /** Rows whose question cells were all empty: neither written nor rejected. */
  readonly empty: number;
  readonly files: readonly string[];
  /** Only for formats that do not report problems as they are found. */
  readonly problems: readonly RowProblem[];
  readonly notes: readonly ColumnNote[];
}

/** The summary with the option the text format's advice depends on. */
export interface ImportResult {
  readonly summary: ImportSummary;
  readonly skipInvalid: boolean;
}
