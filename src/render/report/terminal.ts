// The terminal scorecard: a cli-table3 table sized to the terminal, then priorities, findings
// and the action plan. Colour says how far from target; NO_COLOR leaves plain text that still reads.
import Table from 'cli-table3';
import { hiddenGroups, visibleGroups, type RoleBreakdown } from '../../core/scoring/groups.js';
import type { ScoreTrend } from '../../core/scoring/scoreTrend.js';
import type { ScoreResult, SectionResult } from '../../core/scoring/scoreResult.js';
import type { RenderContext } from '../context.js';
import { dateRange } from '../text/dateRange.js';
import { bar, NOT_ASSESSED, num, percent, range, signed } from '../text/format.js';
import { gapColour } from '../text/gapColour.js';
import { npsLine } from '../text/npsLine.js';
import { respondentSummary } from '../text/respondentSummary.js';
import { TABLE_CHARS } from '../text/tableChars.js';
import { wrap } from '../text/wrapText.js';
import { oneLine } from '../text/sanitize.js';
import type { ReportResult } from './result.js';

const TOP_ACTIONS = 10;

export function terminal(results: readonly ReportResult[], ctx: RenderContext): string {
  return results.map((r) => questionnaireReport(r, ctx)).join('\n' + '─'.repeat(Math.min(ctx.width, 80)) + '\n\n');
}

/** One questionnaire's report: heading, scorecard, overall, then the parts below it. */
function questionnaireReport(r: ReportResult, ctx: RenderContext): string {
  const { chalk } = ctx;
  const m = r.main;
  const width = Math.min(ctx.width, 120);
  const out: string[] = [...heading(r, ctx, width), scorecard(m, ctx, width), overallLine(m, ctx)];
  const legend = legendLines(m);
  if (legend.length) out.push(chalk.dim(legend.join('\n')));
  out.push('', ...priorities(m, ctx), ...disagreements(m, ctx), '', ...actionPlan(r, ctx, width));
  if (m.nps.length) {
    out.push('', chalk.bold('Customer metrics (not part of the maturity score)'));
    for (const n of m.nps) out.push(`  ${npsLine(n)}`);
  }
  if (r.byRole) out.push('', roles(r.byRole, ctx, width));
  if (r.trend && r.trend.rounds.length) out.push('', historyTable(r.trend, ctx));
  return out.join('\n') + '\n';
}

/** The title, then who and when. */
function heading(r: ReportResult, { chalk }: RenderContext, width: number): string[] {
  const m = r.main;
  const org = m.organisations.length ? m.organisations.map(oneLine).join(', ') + ' · ' : '';
  return [
    chalk.bold(`${oneLine(m.questionnaire.title)} (v${oneLine(String(m.questionnaire.version))})`),
    chalk.dim(wrap(`${org}${oneLine(respondentSummary(m, r.roleCounts))} · ${dateRange(m.dates)}`, width)),
    '',
  ];
}

function overallLine(m: ScoreResult, { chalk }: RenderContext): string {
  return (
    `${chalk.bold('Overall')} ${gapColour(chalk, m.gap)(percent(m.score))}` +
    (m.level ? ` · ${m.level}` : '') +
    ` · target ${num(m.target)} · gap ${num(m.gap)} · ${m.coverage.answered} of ${m.coverage.total} answers` +
    (m.lowConfidence ? chalk.yellow(' · low confidence') : '')
  );
}

function priorities(m: ScoreResult, { chalk }: RenderContext): string[] {
  const out = [chalk.bold('Priorities')];
  if (m.priorities.length === 0) out.push('  Every assessed section meets its target.');
  m.priorities.forEach((id, i) => {
    const s = m.sections.find((x) => x.id === id)!;
    out.push(`  ${i + 1}. ${oneLine(s.title)}: ${gapColour(chalk, s.gap)(percent(s.score))}, ${num(s.gap)} points below target ${num(s.target)}${s.weight !== 1 ? ` (weight ${s.weight})` : ''}`);
  });
  return out;
}

/** Sections whose respondents are 40+ points apart, after a blank line; nothing when none are. */
function disagreements(m: ScoreResult, { chalk }: RenderContext): string[] {
  const split = m.sections.filter((s) => s.disagreement);
  if (split.length === 0) return [];
  return [
    '',
    chalk.bold('Disagreements') + chalk.dim(' (respondents 40+ points apart)'),
    ...split.map((s) => `  • ${oneLine(s.title)}: ${range(s.spread)} across ${s.spread!.respondents} respondents (sd ${num(s.spread!.sd)})`),
  ];
}

/** The top actions (all with --all), each with its recommendation and the respondents' notes. */
function actionPlan(r: ReportResult, { chalk }: RenderContext, width: number): string[] {
  const m = r.main;
  const shown = r.showAll ? m.actions : m.actions.slice(0, TOP_ACTIONS);
  const out = [chalk.bold('Action plan') + (m.actions.length > shown.length ? chalk.dim(` (top ${shown.length} of ${m.actions.length}; --all for all)`) : '')];
  if (shown.length === 0) out.push('  Nothing below target.');
  shown.forEach((a, i) => {
    const head = `${String(i + 1).padStart(2)}. ${oneLine(a.text)}`;
    out.push(wrap(head, width - 2, '    '));
    out.push(chalk.dim(`    ${oneLine(a.sectionTitle)} · ${percent(a.score)} · ${num(a.gap)} below target`));
    out.push(wrap(`    → ${oneLine(a.recommendation)}`, width - 2, '      '));
    for (const n of a.notes) out.push(chalk.italic(wrap(`      “${oneLine(n.note)}”${who(n)}`, width - 2, '       ')));
  });
  return out;
}

function who(n: { respondent?: string; role?: string }): string {
  const parts = [n.respondent, n.role].filter((x): x is string => !!x).map(oneLine);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function legendLines(m: ScoreResult): string[] {
  const lines: string[] = [];
  if (m.sections.some((s) => s.lowConfidence)) lines.push('! low confidence: fewer than half of the possible answers were given');
  if (m.sections.some((s) => s.disagreement)) lines.push('‼ disagreement: respondents’ section scores are 40 or more points apart');
  return lines;
}

function scorecard(m: ScoreResult, ctx: RenderContext, width: number): string {
  const { chalk } = ctx;
  const many = m.respondents > 1;
  const uniformTarget = m.sections.every((s) => s.target === m.sections[0]?.target);
  // Column widths include cli-table3's one-space padding on each side.
  const fixed: { head: string; width: number; cell: (s: SectionResult) => string; align?: 'right' }[] = [
    { head: 'Score', width: 7, cell: (s) => gapColour(chalk, s.gap)(s.score === null ? 'n/a' : num(s.score)), align: 'right' },
    { head: 'Level', width: 13, cell: (s) => s.level ?? NOT_ASSESSED },
    ...(uniformTarget && width < 100 ? [] : [{ head: 'Target', width: 8, cell: (s: SectionResult) => num(s.target), align: 'right' as const }]),
    { head: 'Gap', width: 6, cell: (s) => gapColour(chalk, s.gap)(num(s.gap)), align: 'right' },
    { head: 'Answers', width: 9, cell: (s) => `${s.coverage.answered}/${s.coverage.total}${s.lowConfidence ? ' !' : ''}`, align: 'right' },
    ...(many ? [{ head: 'Range', width: 9, cell: (s: SectionResult) => `${range(s.spread)}${s.disagreement ? ' ‼' : ''}` }] : []),
  ];
  const borders = fixed.length + 3;
  const fixedWidth = fixed.reduce((n, c) => n + c.width, 0);
  const spare = width - borders - fixedWidth;
  // The section title gets at least 18 columns; the bar takes what is left, up to 12 cells.
  const barCells = Math.max(0, Math.min(12, spare - 18 - 3));
  const showBar = barCells >= 5;
  const sectionWidth = Math.max(12, Math.min(32, spare - (showBar ? barCells + 3 : 0)));
  const head = ['Section', ...(showBar ? [''] : []), ...fixed.map((c) => c.head)];
  const table = new Table({
    head: head.map((h) => chalk.bold(h)),
    colWidths: [sectionWidth, ...(showBar ? [barCells + 2] : []), ...fixed.map((c) => c.width)],
    colAligns: ['left', ...(showBar ? (['left'] as const) : []), ...fixed.map((c) => c.align ?? 'left')],
    wordWrap: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    chars: TABLE_CHARS,
  });
  for (const s of m.sections) {
    table.push([oneLine(s.title), ...(showBar ? [gapColour(chalk, s.gap)(bar(s.score, barCells))] : []), ...fixed.map((c) => c.cell(s))]);
  }
  return table.toString() + (uniformTarget && width < 100 ? chalk.dim(`\nTarget ${num(m.sections[0]?.target ?? m.target)} for every section.`) : '');
}

function roles(b: RoleBreakdown, ctx: RenderContext, width: number): string {
  const { chalk } = ctx;
  const shown = visibleGroups(b);
  const hidden = hiddenGroups(b);
  const out: string[] = [chalk.bold('By role') + (hidden.length ? chalk.dim(` (${hidden.map((g) => oneLine(g.role)).join(', ')}: fewer than ${b.minGroup} respondents, results hidden)`) : '')];
  const roleCols = shown.map((g) => oneLine(g.role));
  const colW = Math.max(8, ...roleCols.map((c) => c.length + 2));
  const gapW = 9;
  const sectionW = Math.max(12, Math.min(32, width - (colW * roleCols.length + gapW) - (roleCols.length + 3)));
  const table = new Table({
    head: ['Section', ...shown.map((g, i) => `${roleCols[i]}\n(${g.respondents})`), 'Gap'].map((h) => chalk.bold(h)),
    colWidths: [sectionW, ...roleCols.map(() => colW), gapW],
    colAligns: ['left', ...roleCols.map(() => 'right' as const), 'right'],
    wordWrap: true,
    style: { head: [], border: [] },
    chars: TABLE_CHARS,
  });
  b.perception.forEach((p, i) => {
    table.push([oneLine(p.title), ...shown.map((g) => num(g.result.sections[i]?.score ?? null)), num(p.gap)]);
  });
  table.push([chalk.bold('Overall'), ...shown.map((g) => chalk.bold(num(g.result.score))), '']);
  out.push(table.toString());
  const widest = [...b.perception].filter((p) => p.gap !== null).sort((x, y) => (y.gap ?? 0) - (x.gap ?? 0))[0];
  if (widest?.high && widest.low) {
    out.push(`Largest perception gap: ${oneLine(widest.title)}, ${widest.high.role} ${num(widest.high.score)} vs ${widest.low.role} ${num(widest.low.score)} (${num(widest.gap)} points).`);
  }
  if (b.questionGaps.length) {
    out.push('', chalk.bold('Where leaders and frontline differ most'));
    for (const g of b.questionGaps.slice(0, 5)) {
      out.push(wrap(`  • ${oneLine(g.text)}`, width - 2, '    '));
      out.push(chalk.dim(`    leaders ${num(g.leaders)} · frontline ${num(g.frontline)} · ${signed(g.diff)} points`));
    }
  }
  return out.join('\n');
}

function historyTable(t: ScoreTrend, ctx: RenderContext): string {
  const { chalk } = ctx;
  const h = t.rounds;
  const table = new Table({
    head: ['Section', ...h.map((p) => p.date)].map((x) => chalk.bold(x)),
    style: { head: [], border: [] },
    chars: TABLE_CHARS,
    colAligns: ['left', ...h.map(() => 'right' as const)],
  });
  for (const row of t.sections) table.push([oneLine(row.title), ...row.scores.map(num)]);
  table.push([chalk.bold('Overall'), ...t.overall.scores.map((v) => chalk.bold(num(v)))]);
  return `${chalk.bold('Trend')}\n${table.toString()}`;
}
