// The import renderers, one per `--format` choice: text reports each problem and note on stderr
// as it is found and ends with a summary line; json prints one document on stdout at the end.
import type { ColumnNote } from '../../core/import/columnPlan.js';
import type { RowProblem } from '../../core/import/convertRow.js';
import type { RenderContext } from '../context.js';
import type { ImportFormat } from './formats.js';
import { json } from './json.js';
import type { ImportResult } from './result.js';
import { noteLine, problemLine, summaryLine } from './text.js';

export interface ImportRenderer {
  readonly stream: 'stdout' | 'stderr';
  /** For formats that report as they go: a problem or note as it is found, about `file`. */
  readonly progress?: {
    readonly problem: (file: string, p: RowProblem, ctx: RenderContext) => string;
    readonly note: (file: string, n: ColumnNote, ctx: RenderContext) => string;
  };
  readonly summary: (result: ImportResult, ctx: RenderContext) => string;
}

export const importRenderers: Record<ImportFormat, ImportRenderer> = {
  text: { stream: 'stderr', progress: { problem: problemLine, note: noteLine }, summary: summaryLine },
  json: { stream: 'stdout', summary: json },
};
