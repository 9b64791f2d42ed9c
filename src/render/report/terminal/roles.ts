// `--by role`: one column per group shown, each score with its interval; hidden groups named and
// nothing else of them; the pooled group says what it pools; leaders against frontline in words
// that cannot be read backwards.
import { hiddenGroups, visibleGroups, type RoleBreakdown } from '../../../core/scoring/groups.js';
import type { RenderContext } from '../../context.js';
import { fitTable, tableFits, type FitTable } from '../../text/fitTable.js';
import { fixed, isScore, num } from '../../text/format.js';
import { hiddenGroupText, intervalText, leadersFrontlineText, reverseMark } from '../../text/honestWords.js';
import { oneLine } from '../../text/sanitize.js';
import { wrap } from '../../text/wrapText.js';

type Estimate = { readonly score: number | null; readonly interval: { low: number; high: number } | null };

function cell(e: Estimate, intervals: boolean): string {
  if (!isScore(e.score)) return '–';
  return intervals && e.interval ? `${fixed(e.score)}\n(${intervalText(e.interval)})` : fixed(e.score);
}

function groupTable(b: RoleBreakdown, ctx: RenderContext, width: number, intervals: boolean): FitTable {
  const shown = visibleGroups(b);
  const several = shown.length > 1;
  return {
    // The perception gap needs two groups to compare.
    columns: [{ head: 'Section' }, ...shown.map((g) => ({ head: `${oneLine(g.role)}\n(${g.respondents})`, align: 'right' as const })), ...(several ? [{ head: 'Perception\ngap', align: 'right' as const, max: 10 }] : [])],
    rows: [
      ...b.perception.map((p, i) => [oneLine(p.title), ...shown.map((g) => cell(g.result.sections[i]!, intervals)), ...(several ? [num(p.gap)] : [])]),
      [ctx.chalk.bold('Overall'), ...shown.map((g) => cell(g.result, intervals))],
    ],
    width,
    chalk: ctx.chalk,
  };
}

export function roles(b: RoleBreakdown, ctx: RenderContext, width: number): string[] {
  const { chalk } = ctx;
  const out = [chalk.bold('By role')];
  // Intervals where there is room for them; the scores alone before giving up the table.
  const full = groupTable(b, ctx, width, true);
  const short = groupTable(b, ctx, width, false);
  // Stacked blocks have room for the intervals again.
  out.push(fitTable(tableFits(full) || !tableFits(short) ? full : short));
  for (const g of visibleGroups(b)) {
    if (g.pooled) out.push(chalk.dim(wrap(`${oneLine(g.role)}: ${g.pooled.map(oneLine).join(', ')} together (each too small to show alone)`, width, '  ')));
  }
  for (const g of hiddenGroups(b)) out.push(chalk.dim(wrap(`${oneLine(g.role)}: ${hiddenGroupText(b.minGroup)}`, width, '  ')));
  const widest = [...b.perception].filter((p) => p.gap !== null).sort((x, y) => (y.gap ?? 0) - (x.gap ?? 0))[0];
  if (widest?.high && widest.low) {
    out.push(wrap(`Largest perception gap: ${oneLine(widest.title)}, ${oneLine(widest.high.role)} ${num(widest.high.score)} vs ${oneLine(widest.low.role)} ${num(widest.low.score)} (${num(widest.gap)} points).`, width, '  '));
  }
  if (b.leadersVsFrontline && b.questionGaps.length) {
    out.push('', chalk.bold('Where leaders and frontline differ most'));
    for (const g of b.questionGaps.slice(0, 5)) {
      out.push(wrap(`  • ${oneLine(g.text)}${reverseMark(g.reverse)}`, width, '    '));
      out.push(chalk.dim(wrap(`    ${leadersFrontlineText(g)}`, width, '    ')));
    }
  }
  return out;
}
