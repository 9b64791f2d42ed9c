// The scorecard: each scored section with its interval, verdict, gap, coverage and agreement, the
// overall line, and the sections that need more answers before they can carry a verdict.
import type { ChalkInstance } from 'chalk';
import { hasVerdict, type ScoreResult, type SectionResult } from '../../../core/scoring/scoreResult.js';
import type { RenderContext } from '../../context.js';
import { fitTable, type FitColumn } from '../../text/fitTable.js';
import { bar, fixed, isScore, NOT_ASSESSED, num, range } from '../../text/format.js';
import { verdictColour } from '../../text/gapColour.js';
import { agreementText, coverageText, intervalText, scoreWithInterval, VERDICT_WORDS } from '../../text/honestWords.js';
import { oneLine } from '../../text/sanitize.js';
import { wrap } from '../../text/wrapText.js';

/** The bar is drawn only where the terminal leaves room for it. */
const BAR_FROM_WIDTH = 100;
const BAR_CELLS = 12;

/** "53.6" over "(45.6–61.6)", or "(no interval)" with one respondent. */
function scoreCell(chalk: ChalkInstance, s: SectionResult): string {
  if (!isScore(s.score)) return chalk.dim(NOT_ASSESSED);
  const paint = verdictColour(chalk, s);
  return `${paint(fixed(s.score))}\n${chalk.dim(s.interval ? `(${intervalText(s.interval)})` : '(no interval)')}`;
}

function verdictCell(chalk: ChalkInstance, s: SectionResult): string {
  if (!hasVerdict(s.verdict)) return chalk.dim(VERDICT_WORDS[s.verdict]);
  return [s.level ? oneLine(s.level) : '', verdictColour(chalk, s)(VERDICT_WORDS[s.verdict])].filter(Boolean).join('\n');
}

function agreementCell(s: SectionResult): string {
  return [agreementText(s.agreement).replace(' · ', '\n'), s.spread && s.spread.respondents > 1 ? `range ${range(s.spread)}` : ''].filter(Boolean).join('\n') || '–';
}

export function scorecard(m: ScoreResult, ctx: RenderContext, width: number): string[] {
  const { chalk } = ctx;
  const sections = m.sections.filter((s) => s.scored);
  const uniformTarget = sections.every((s) => s.target === sections[0]?.target);
  const showBar = width >= BAR_FROM_WIDTH;
  const columns: (FitColumn & { cell: (s: SectionResult) => string })[] = [
    { head: 'Section', cell: (s) => oneLine(s.title) },
    ...(showBar ? [{ head: '', cell: (s: SectionResult) => verdictColour(chalk, s)(bar(s.score, BAR_CELLS)) }] : []),
    { head: 'Score\n(95% CI)', align: 'right', cell: (s) => scoreCell(chalk, s) },
    { head: 'Verdict', max: 12, cell: (s) => verdictCell(chalk, s) },
    ...(uniformTarget ? [] : [{ head: 'Target', align: 'right' as const, cell: (s: SectionResult) => num(s.target) }]),
    { head: 'Gap', align: 'right', cell: (s) => (hasVerdict(s.verdict) ? verdictColour(chalk, s)(num(s.gap)) : chalk.dim('–')) },
    { head: 'Answers', align: 'right', cell: (s) => `${s.coverage.answered}/${s.coverage.total}` },
    { head: 'Agreement', max: 12, cell: agreementCell },
  ];
  const table = fitTable({ columns, rows: sections.map((s) => columns.map((c) => c.cell(s))), width, chalk });
  const notes: string[] = [];
  if (uniformTarget && sections.length) notes.push(`Target ${num(sections[0]!.target)} for every section.`);
  notes.push('Scores are out of 100; CI: 95% interval; rwg: how far respondents agree (0–1).');
  return [table, ...notes.map((n) => chalk.dim(wrap(n, width))), overallLine(m, ctx, width), ...needsMoreAnswers(sections, ctx, width)];
}

function overallLine(m: ScoreResult, { chalk }: RenderContext, width: number): string {
  const verdict = hasVerdict(m.verdict)
    ? `${m.level ? `${oneLine(m.level)} · ` : ''}${VERDICT_WORDS[m.verdict]} ${num(m.target)} · gap ${num(m.gap)}`
    : `${VERDICT_WORDS[m.verdict]} · target ${num(m.target)}`;
  const text = `Overall ${scoreWithInterval(m.score, m.interval, m.n)} · ${verdict} · ${coverageText(m.coverage)}`;
  return wrap(text, width, '  ').replace(/^Overall/, chalk.bold('Overall'));
}

/** Sections under half their possible answers: no verdict, not a priority, said with their coverage. */
function needsMoreAnswers(sections: readonly SectionResult[], { chalk }: RenderContext, width: number): string[] {
  const few = sections.filter((s) => s.verdict === 'insufficient-data');
  if (few.length === 0) return [];
  return [
    '',
    chalk.bold('Needs more answers') + chalk.dim(' (under half the possible answers: no verdict yet)'),
    ...few.map((s) => wrap(`  • ${oneLine(s.title)}: ${coverageText(s.coverage)}`, width, '    ')),
  ];
}
