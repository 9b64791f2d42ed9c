import { countBySeverity, type Finding } from '../../core/checks/finding.js';
import type { RenderContext } from '../context.js';
import { plural } from '../text/plural.js';
import { oneLine } from '../text/sanitize.js';
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
    lines.push(`${oneLine(f.file)}:${f.line}:${f.column} ${severity(f, ctx)} ${oneLine(f.message)} ${chalk.dim(`(${f.rule})`)}`);
  }
  if (lines.length) lines.push('');
  const { errors, warnings } = countBySeverity(result.findings);
  const summary = `${plural(result.checked, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  lines.push(errors ? chalk.red.bold(summary) : warnings ? chalk.yellow(summary) : chalk.green(summary));
  return lines.join('\n') + '\n';
}

function severity(f: Finding, { chalk }: RenderContext): string {
  return f.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
}
