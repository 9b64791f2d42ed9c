// The text format of `icare import`, on stderr: a line for each problem and note as it is found,
// then the summary line.
import type { ColumnNote } from '../../core/import/columnPlan.js';
import type { RowProblem } from '../../core/import/convertRow.js';
import type { InterruptedImport } from '../../core/import/interruptedImport.js';
import type { RenderContext } from '../context.js';
import { plural } from '../text/plural.js';
import { oneLine } from '../text/sanitize.js';
import { shorten } from '../text/shorten.js';
import type { ImportResult } from './result.js';

/** `file:line:column error column "Header": message (rule)` */
export function problemLine(file: string, p: RowProblem, { chalk }: RenderContext): string {
  const column = p.header.trim() === '' ? '' : `column ${JSON.stringify(shorten(p.header.trim(), 50))}: `;
  return `${oneLine(file)}:${p.row}:${p.column} ${chalk.red('error')} ${oneLine(column + p.message)} ${chalk.dim(`(${p.rule})`)}\n`;
}

/** `file:1:column warning message (rule)`: notes are about the header row or the whole file. */
export function noteLine(file: string, n: ColumnNote, { chalk }: RenderContext): string {
  const severity = n.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
  return `${oneLine(file)}:1:${Math.max(n.column, 1)} ${severity} ${oneLine(n.message)} ${chalk.dim(`(${n.rule})`)}\n`;
}

/** `3 rows: 2 answers files written to out/, 1 row rejected and skipped`, or why none were. */
export function summaryLine({ summary: s, skipInvalid }: ImportResult, { chalk }: RenderContext): string {
  const parts: string[] = [];
  if (s.rejected > 0 && !skipInvalid) {
    const valid = s.rows - s.rejected - s.empty;
    parts.push(`${plural(s.rejected, 'row')} rejected, so no files were written (fix the cells above${valid > 0 ? `, or use --skip-invalid to write the ${plural(valid, 'valid row')}` : ''})`);
  } else {
    parts.push(`${plural(s.written, 'answers file')} written to ${s.out}`);
    if (s.rejected > 0) parts.push(`${plural(s.rejected, 'row')} rejected and skipped`);
  }
  if (s.empty > 0) parts.push(`${plural(s.empty, 'row')} without answers skipped`);
  const line = `${plural(s.rows, 'row')}: ${parts.join(', ')}`;
  return (s.rejected > 0 ? (s.written > 0 ? chalk.yellow(line) : chalk.red.bold(line)) : chalk.green(line)) + '\n';
}

/** What the import found of an earlier one into `out` that a kill or a power cut stopped, and what it did: one line, for every format. */
export function interruptedLine(found: InterruptedImport, out: string, { chalk }: RenderContext): string {
  const which = `an import${found.csv === undefined ? '' : ` of ${found.csv}`} into ${out}`;
  const what =
    found.stage === 'moving'
      ? `was interrupted while moving its files in; rolled it back: removed the ${found.removed} of ${plural(found.staged, 'file')} it had moved in`
      : found.stage === 'reading'
        ? `was interrupted before moving its files in; rolled it back: removed its staging folder (${plural(found.staged, 'file')})`
        : 'was interrupted after moving all its files in; completed it: removed what was left of its staging folder';
  return chalk.yellow(`icare: ${oneLine(`${which} ${what}`)}`) + '\n';
}
