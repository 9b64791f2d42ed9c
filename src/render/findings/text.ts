import { countBySeverity, type Finding } from '../../core/checks/finding.js';
import type { RenderContext } from '../context.js';
import { plural } from '../text/plural.js';
import { oneLine } from '../text/sanitize.js';
import { wrap } from '../text/wrapText.js';
import type { FindingsResult } from './result.js';

/** Grouped by file, then a summary line: `12 files checked: 2 errors, 1 warning`. */
export function text(result: FindingsResult, ctx: RenderContext): string {
  const { chalk } = ctx;
  const lines: string[] = [];
  let current: string | undefined;
  for (const f of result.findings) {
    if (f.file !== current) {
      if (current !== undefined) lines.push('');
      current = f.file;
      lines.push(chalk.underline(oneLine(f.file)));
    }
    // Wrapped to a terminal (the file:line:column stays whole, to copy); one line each in logs.
    lines.push(fit(`${oneLine(f.file)}:${f.line}:${f.column} ${severity(f, ctx)} ${oneLine(f.message)} ${chalk.dim(`(${f.rule})`)}`, ctx, '    '));
  }
  if (lines.length) lines.push('');
  const { errors, warnings } = countBySeverity(result.findings);
  const summary = `${plural(result.checked, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  const paint = errors ? chalk.red.bold : warnings ? chalk.yellow : chalk.green;
  lines.push(paint(fit(summary, ctx, '  ')));
  return lines.join('\n') + '\n';
}

function severity(f: Finding, { chalk }: RenderContext): string {
  return f.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
}

function fit(line: string, ctx: RenderContext, indent: string): string {
  return ctx.measured ? wrap(line, ctx.width, indent) : line;
}
