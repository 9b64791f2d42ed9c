// `--history`: each round's score per section (with its interval where there is room), and the
// change from the first round to the latest, against its noise.
import type { ScoreTrend, TrendRow } from '../../../core/scoring/scoreTrend.js';
import type { RenderContext } from '../../context.js';
import { fitTable, tableFits, type FitTable } from '../../text/fitTable.js';
import { fixed, isScore, signed } from '../../text/format.js';
import { DIRECTION_ARROWS, DIRECTION_WORDS, intervalText, noiseText } from '../../text/honestWords.js';
import { oneLine } from '../../text/sanitize.js';

function changeCell(row: TrendRow): string {
  if (row.change === null) return DIRECTION_WORDS[row.direction];
  return `${DIRECTION_ARROWS[row.direction]} ${signed(row.change)}\n${DIRECTION_WORDS[row.direction]}\n${noiseText(row)}`;
}

function trendTable(t: ScoreTrend, ctx: RenderContext, width: number, intervals: boolean): FitTable {
  const cells = (row: TrendRow): string[] =>
    row.scores.map((v, i) => {
      if (!isScore(v)) return '–';
      const iv = row.intervals[i];
      return intervals && iv ? `${fixed(v)}\n(${intervalText(iv)})` : fixed(v);
    });
  const several = t.rounds.length > 1;
  return {
    columns: [{ head: 'Section' }, ...t.rounds.map((p) => ({ head: `${oneLine(p.date)}\n(${p.respondents})`, align: 'right' as const, max: 12 })), ...(several ? [{ head: 'Change', max: 16 }] : [])],
    rows: [...t.sections, t.overall].map((row) => [row === t.overall ? ctx.chalk.bold('Overall') : oneLine(row.title), ...cells(row), ...(several ? [changeCell(row)] : [])]),
    width,
    chalk: ctx.chalk,
  };
}

export function trend(t: ScoreTrend, ctx: RenderContext, width: number): string[] {
  const full = trendTable(t, ctx, width, true);
  const short = trendTable(t, ctx, width, false);
  // Stacked blocks have room for the intervals again.
  return [ctx.chalk.bold('Trend'), fitTable(tableFits(full) || !tableFits(short) ? full : short)];
}
