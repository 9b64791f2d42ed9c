// `icare compare` in the terminal: each side with its interval, the change against its noise (a
// change within the noise is neither "improved" nor "regressed"), and the questions that rose and
// fell most, each with its own direction.
import type { ChalkInstance } from 'chalk';
import type { QuestionChange, ScoreChange } from '../../core/scoring/compare.js';
import type { ChangeDirection } from '../../core/scoring/noise.js';
import type { RenderContext } from '../context.js';
import { dateRange } from '../text/dateRange.js';
import { fitTable } from '../text/fitTable.js';
import { fixed, signed } from '../text/format.js';
import { DIRECTION_ARROWS, DIRECTION_WORDS, estimateText, noiseText, REVERSE_LEGEND, REVERSE_MARK, reverseMark } from '../text/honestWords.js';
import { respondentsLine } from '../text/respondentSummary.js';
import { oneLine } from '../text/sanitize.js';
import { wrap, wrapText } from '../text/wrapText.js';
import { levelChange, risesAndFalls, sectionsBy, sideWarnings, typicalChange } from './compareWords.js';
import type { CompareReport } from './result.js';

function paint(chalk: ChalkInstance, d: ChangeDirection): ChalkInstance {
  return d === 'improved' ? chalk.green : d === 'regressed' ? chalk.red : chalk.dim;
}

/** "▲ +43.3 improved" */
function changeText(c: Pick<ScoreChange, 'change' | 'direction'>): string {
  return c.change === null ? DIRECTION_WORDS[c.direction] : `${DIRECTION_ARROWS[c.direction]} ${signed(c.change)} ${DIRECTION_WORDS[c.direction]}`;
}

export function terminal(r: CompareReport, ctx: RenderContext): string {
  const { chalk } = ctx;
  const width = Math.min(ctx.width, 120);
  const side = (label: string, s: CompareReport['before'], counts: CompareReport['roleCounts']['before']): string =>
    chalk.dim(wrapText(`${oneLine(respondentsLine(s, counts))} · ${dateRange(s.dates)}`, width, '        ', { first: label.padEnd(8), breakWords: false }).join('\n'));
  const o = r.overall;
  const out: string[] = [
    ...[`${oneLine(r.questionnaire.title)}: what changed`].map((t) => chalk.bold(wrap(t, width))),
    side('Before:', r.before, r.roleCounts.before),
    side('After:', r.after, r.roleCounts.after),
    ...warningLines(r, ctx, width),
    '',
    wrap(`${chalk.bold('Overall')} ${estimateText({ score: o.before, interval: o.intervalBefore })} → ${estimateText({ score: o.after, interval: o.intervalAfter })} · ${paint(chalk, o.direction)(changeText(o))} · ${noiseText(o)}`, width, '  '),
    wrap(`  Level: ${levelChange(o)}`, width, '    '),
    '',
    sectionTable(r, ctx, width),
    '',
  ];
  for (const [direction, sections] of sectionsBy(r)) {
    out.push(wrap(`${paint(chalk, direction)(`${DIRECTION_WORDS[direction][0]!.toUpperCase()}${DIRECTION_WORDS[direction].slice(1)}`)}: ${sections.map((s) => oneLine(s.title)).join(', ') || 'none'}`, width, '  '));
  }
  for (const [title, list] of risesAndFalls(r)) {
    if (list.length === 0) continue;
    out.push('', chalk.bold(title));
    for (const q of list) out.push(...questionLines(r, q, ctx, width));
  }
  const text = out.join('\n');
  return text + (text.includes(REVERSE_MARK) ? `\n\n${chalk.dim(REVERSE_LEGEND)}` : '') + '\n';
}

function warningLines(r: CompareReport, { chalk }: RenderContext, width: number): string[] {
  const lines = sideWarnings(r);
  return lines.length ? ['', chalk.bold('Before you read this'), ...lines.map((l) => wrap(`  • ${oneLine(l)}`, width, '    '))] : [];
}

function sectionTable(r: CompareReport, { chalk }: RenderContext, width: number): string {
  const split = (score: number | null, interval: ScoreChange['intervalBefore']): string => estimateText({ score, interval }).replace(' (', '\n(');
  return fitTable({
    columns: [{ head: 'Section' }, { head: 'Before', align: 'right' }, { head: 'After', align: 'right' }, { head: 'Change', max: 12 }, { head: 'Level', max: 12 }],
    rows: r.sections.map((s) => [
      oneLine(s.title),
      split(s.before, s.intervalBefore),
      split(s.after, s.intervalAfter),
      paint(chalk, s.direction)(changeText(s).replace(/ (?=[a-z])/, '\n')) + `\n${noiseText(s)}`,
      levelChange(s),
    ]),
    width,
    chalk,
  });
}

function questionLines(r: CompareReport, q: QuestionChange, { chalk }: RenderContext, width: number): string[] {
  const typical = typicalChange(r, q);
  return [
    wrap(`  ${paint(chalk, q.direction)(`${DIRECTION_ARROWS[q.direction]} ${signed(q.change)}`)} ${oneLine(q.text)}${reverseMark(q.reverse)}`, width, '      '),
    chalk.dim(wrap(`      ${fixed(q.before)} → ${fixed(q.after)}${typical ? ` (${typical})` : ''} · ${DIRECTION_WORDS[q.direction]} · ${noiseText(q)}`, width, '      ')),
  ];
}
