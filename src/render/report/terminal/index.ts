// The terminal report: who answered and how far to trust it, the scorecard, what to do first, then
// the parts asked for (roles, trend, customers). Every part fits the terminal's width; colour
// says how far from target, and NO_COLOR leaves plain text that still reads.
import type { RenderContext } from '../../context.js';
import { REVERSE_LEGEND, REVERSE_MARK } from '../../text/honestWords.js';
import type { ReportResult } from '../result.js';
import { actionPlan, otherNotes } from './actionPlan.js';
import { customerMetrics, deliveryGap } from './customers.js';
import { heading, warnings } from './heading.js';
import { priorities, splits } from './priorities.js';
import { roles } from './roles.js';
import { scorecard } from './scorecard.js';
import { trend } from './trend.js';

/** The widest a report is laid out, however wide the terminal. */
const MAX_WIDTH = 120;

export function terminal(results: readonly ReportResult[], ctx: RenderContext): string {
  const width = Math.min(ctx.width, MAX_WIDTH);
  return results.map((r) => questionnaireReport(r, ctx, width)).join('\n' + '─'.repeat(Math.min(width, 80)) + '\n\n');
}

/** One questionnaire's report: its parts, a blank line between them. */
function questionnaireReport(r: ReportResult, ctx: RenderContext, width: number): string {
  const parts: string[][] = [
    heading(r, ctx, width),
    warnings(r, ctx, width),
    scorecard(r.main, ctx, width),
    priorities(r, ctx, width),
    splits(r.main, ctx, width),
    actionPlan(r, ctx, width),
    otherNotes(r, ctx, width),
    customerMetrics(r.main, ctx, width),
    deliveryGap(r, ctx, width),
    r.byRole ? roles(r.byRole, ctx, width) : [],
    r.trend && r.trend.rounds.length ? trend(r.trend, ctx, width) : [],
  ];
  const text = parts.filter((p) => p.length > 0).map((p) => p.join('\n')).join('\n\n');
  // The legend once, wherever a reverse-scored question was marked.
  return text + (text.includes(REVERSE_MARK) ? `\n\n${ctx.chalk.dim(REVERSE_LEGEND)}` : '') + '\n';
}
