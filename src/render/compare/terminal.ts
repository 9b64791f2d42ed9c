import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { ChangeDirection } from '../../core/scoring/noise.js';
import type { CompareReport } from './result.js';
import type { RenderContext } from '../context.js';
import { dateRange } from '../text/dateRange.js';
import { num, signed } from '../text/format.js';
import { respondentSummary } from '../text/respondentSummary.js';
import { wrap } from '../text/wrapText.js';
import { oneLine } from '../text/sanitize.js';

export function arrow(d: ChangeDirection): string {
  return d === 'improved' ? '▲' : d === 'regressed' ? '▼' : d === 'unchanged' ? '=' : d === 'within-noise' ? '≈' : '·';
}

function paint(chalk: ChalkInstance, d: ChangeDirection): ChalkInstance {
  return d === 'improved' ? chalk.green : d === 'regressed' ? chalk.red : chalk.dim;
}

export function terminal(r: CompareReport, ctx: RenderContext): string {
  const { chalk } = ctx;
  const width = Math.min(ctx.width, 120);
  const out: string[] = [];
  out.push(chalk.bold(`${oneLine(r.questionnaire.title)}: what changed`));
  out.push(chalk.dim(`Before: ${oneLine(respondentSummary(r.before, r.roleCounts.before))} · ${dateRange(r.before.dates)}`));
  out.push(chalk.dim(`After:  ${oneLine(respondentSummary(r.after, r.roleCounts.after))} · ${dateRange(r.after.dates)}`));
  out.push('');
  const o = r.overall;
  out.push(`${chalk.bold('Overall')} ${num(o.before)} → ${num(o.after)} ${paint(chalk, o.direction)(`${arrow(o.direction)} ${signed(o.change)} points`)}${o.levelBefore !== o.levelAfter ? ` · ${o.levelBefore ?? '–'} → ${o.levelAfter ?? '–'}` : ''}`);
  out.push('');
  const sectionW = Math.max(12, Math.min(32, width - 8 - 8 - 11 - 26 - 6));
  const table = new Table({
    head: ['Section', 'Before', 'After', 'Change', 'Level'].map((h) => chalk.bold(h)),
    colWidths: [sectionW, 8, 8, 11, 26],
    colAligns: ['left', 'right', 'right', 'right', 'left'],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const s of r.sections) {
    const level = s.levelBefore === s.levelAfter ? (s.levelAfter ?? '–') : `${s.levelBefore ?? '–'} → ${s.levelAfter ?? '–'}`;
    table.push([oneLine(s.title), num(s.before), num(s.after), paint(chalk, s.direction)(`${arrow(s.direction)} ${signed(s.change)}`), level]);
  }
  out.push(table.toString());
  const improved = r.sections.filter((s) => s.direction === 'improved');
  const regressed = r.sections.filter((s) => s.direction === 'regressed');
  out.push('', `${chalk.green('Improved')}: ${improved.map((s) => oneLine(s.title)).join(', ') || 'none'}`);
  out.push(`${chalk.red('Regressed')}: ${regressed.map((s) => oneLine(s.title)).join(', ') || 'none'}`);
  if (r.questions.length) {
    out.push('', chalk.bold('Largest changes by question'));
    for (const q of r.questions) {
      const d: ChangeDirection = q.change > 0 ? 'improved' : 'regressed';
      out.push(wrap(`  ${paint(chalk, d)(`${arrow(d)} ${signed(q.change)}`)} ${oneLine(q.text)}`, width - 2, '      '));
      out.push(chalk.dim(`      ${num(q.before)} → ${num(q.after)}`));
    }
  }
  return out.join('\n') + '\n';
}
