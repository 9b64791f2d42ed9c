// The customers' side: NPS and ratings beside (never inside) the maturity score, and with
// --customers the delivery gap, staff against customers per mirrored section.
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import type { RenderContext } from '../../context.js';
import { fitTable } from '../../text/fitTable.js';
import { signed } from '../../text/format.js';
import { atTargetText, estimateText, GAP_VERDICT_WORDS, noiseText } from '../../text/honestWords.js';
import { npsLine, ratingLine } from '../../text/npsLine.js';
import { oneLine } from '../../text/sanitize.js';
import { wrap } from '../../text/wrapText.js';
import type { ReportResult } from '../result.js';
import { noteLines } from './actionPlan.js';

function metricLines(m: Pick<ScoreResult, 'nps' | 'ratings'>, width: number): string[] {
  return [...m.nps.map(npsLine), ...m.ratings.map(ratingLine)].map((l) => wrap(`  ${l}`, width, '    '));
}

export function customerMetrics(m: ScoreResult, { chalk }: RenderContext, width: number): string[] {
  if (m.nps.length === 0 && m.ratings.length === 0) return [];
  return [wrap(chalk.bold('Customer metrics') + chalk.dim(' (beside, never inside, the maturity score)'), width, '  '), ...metricLines(m, width)];
}

/** Staff and customers per mirrored section, the headline pair, the customers' metrics and comments. */
export function deliveryGap(r: ReportResult, ctx: RenderContext, width: number): string[] {
  const g = r.deliveryGap;
  if (!g) return [];
  const { chalk } = ctx;
  const split = (e: { score: number | null; interval: { low: number; high: number } | null }): string => estimateText(e).replace(' (', '\n(');
  const table = fitTable({
    columns: [{ head: 'Section' }, { head: 'Staff', align: 'right' }, { head: 'Customers', align: 'right' }, { head: 'Gap', align: 'right', max: 12 }, { head: 'Verdict', max: 12 }],
    rows: g.sections.map((s) => [oneLine(s.title), split(s.staff), split(s.customers), `${signed(s.gap)}\n${noiseText(s)}`, GAP_VERDICT_WORDS[s.verdict]]),
    width,
    chalk,
  });
  const out = [
    wrap(chalk.bold('Delivery gap') + chalk.dim(` (${oneLine(g.customerQuestionnaire.title)}, ${g.customers} customers; gap = staff − customers)`), width, '  '),
    table,
    wrap(atTargetText(g.staffAtTarget, g.customersAtTarget) + '.', width),
    ...metricLines(g, width),
  ];
  for (const c of g.comments) {
    out.push('', wrap(`  ${oneLine(c.text)}`, width, '    '));
    out.push(...noteLines(c.answers, c.notListed, ctx, width, '    '));
  }
  return out;
}
