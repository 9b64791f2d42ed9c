// The short scorecard `icare assess` shows when a questionnaire is finished: each section's score
// with a level and verdict only where the answers carry one, the overall, and the first actions
// in the action plan's order. `icare report` gives the full picture.
import { hasVerdict, type ScoreResult, type SectionResult } from '../../core/scoring/scoreResult.js';
import type { RenderContext } from '../context.js';
import { fitTable } from '../text/fitTable.js';
import { fixed, isScore, NOT_ASSESSED, num } from '../text/format.js';
import { verdictColour } from '../text/gapColour.js';
import { coverageText, intervalText, noPrioritiesText, reverseMark, scoreWithInterval, verdictText } from '../text/honestWords.js';
import { oneLine } from '../text/sanitize.js';
import { wrap } from '../text/wrapText.js';

const FIRST_ACTIONS = 3;
const MAX_WIDTH = 76;

function scoreCell(s: SectionResult, ctx: RenderContext): string {
  if (!isScore(s.score)) return ctx.chalk.dim('–');
  return verdictColour(ctx.chalk, s)(fixed(s.score)) + (s.interval ? `\n(${intervalText(s.interval)})` : '');
}

export function renderClosingScorecard(r: ScoreResult, ctx: RenderContext): string {
  const { chalk } = ctx;
  const width = Math.min(ctx.width, MAX_WIDTH) - 1;
  const out: string[] = [chalk.bold(wrap(`Your scorecard · ${oneLine(r.questionnaire.title)}`, width, '  '))];
  const sections = r.sections.filter((s) => s.scored);
  out.push(
    fitTable({
      columns: [{ head: 'Section' }, { head: 'Score', align: 'right' }, { head: 'Verdict', max: 14 }],
      rows: sections.map((s) => [oneLine(s.title), scoreCell(s, ctx), hasVerdict(s.verdict) ? verdictText(s).replace(' · ', '\n') : chalk.dim(verdictText(s))]),
      width,
      chalk,
      // No rule between rows: five or six sections read better as one block.
      rules: false,
    }),
  );
  const verdict = hasVerdict(r.verdict) ? `${verdictText(r)} ${num(r.target)}` : `${verdictText(r)} · target ${num(r.target)}`;
  out.push(chalk.bold(wrap(`Overall ${scoreWithInterval(r.score, r.interval, r.n)} · ${verdict} · ${coverageText(r.coverage)}`, width, '  ')));
  const few = sections.filter((s) => s.verdict === 'insufficient-data');
  if (few.length) out.push(chalk.dim(wrap(`Needs more answers for a verdict: ${few.map((s) => `${oneLine(s.title)} (${coverageText(s.coverage)})`).join(', ')}.`, width, '  ')));

  out.push('', chalk.bold('First in the action plan') + chalk.dim(' (the report’s order)'));
  const first = r.actions.slice(0, FIRST_ACTIONS);
  if (r.score === null) out.push(wrap(`  Nothing was scored: every scored question is unanswered, n/a or don't know (${NOT_ASSESSED}).`, width, '  '));
  else if (first.length === 0) out.push(wrap(`  ${noPrioritiesText(r)}`, width, '  '));
  first.forEach((a, i) => {
    out.push(wrap(`  ${i + 1}. ${oneLine(a.text)}${reverseMark(a.reverse)}`, width, '     '));
    out.push(chalk.dim(wrap(`     ${oneLine(a.sectionTitle)} · ${fixed(a.score)} · ${num(a.gap)} points below target`, width, '     ')));
  });
  return out.join('\n') + '\n';
}
