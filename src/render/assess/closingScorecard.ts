// The short scorecard `icare assess` shows when a questionnaire is finished: each section's score
// and level, the overall, and the three largest gaps. `icare report` gives the full picture.
import Table from 'cli-table3';
import type { ScoreResult } from '../../core/scoring/scoreResult.js';
import type { RenderContext } from '../context.js';
import { NOT_ASSESSED, num, percent } from '../text/format.js';
import { gapColour } from '../text/gapColour.js';
import { wrap } from '../text/wrapText.js';
import { oneLine } from '../text/sanitize.js';

const TOP_GAPS = 3;

export function renderClosingScorecard(r: ScoreResult, ctx: RenderContext): string {
  const { chalk } = ctx;
  const width = Math.max(40, Math.min(ctx.width, 76));
  const out: string[] = [];
  out.push(chalk.bold(wrap(`Your scorecard · ${oneLine(r.questionnaire.title)}`, width - 1, '  ')));

  // Column widths include cli-table3's one-space padding on each side; 4 border characters.
  const scoreW = 8;
  const levelW = Math.min(16, Math.max(8, ...r.levels.map((l) => oneLine(l.name).length + 2), NOT_ASSESSED.length + 2));
  const longest = Math.max(...r.sections.map((s) => oneLine(s.title).length));
  const sectionW = Math.max(12, Math.min(longest + 2, width - 4 - scoreW - levelW));
  const table = new Table({
    head: ['Section', 'Score', 'Level'].map((h) => chalk.bold(h)),
    colWidths: [sectionW, scoreW, levelW],
    colAligns: ['left', 'right', 'left'],
    wordWrap: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    // No rule between rows: five or six sections read better as one block.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const s of r.sections) {
    table.push([oneLine(s.title), gapColour(chalk, s.gap)(s.score === null ? '–' : num(s.score)), s.level === null ? chalk.dim(NOT_ASSESSED) : oneLine(s.level)]);
  }
  out.push(table.toString());
  const overall = `Overall ${gapColour(chalk, r.gap)(percent(r.score))}${r.level ? ` · ${oneLine(r.level)}` : ''} · target ${num(r.target)} · ${r.coverage.answered} of ${r.coverage.total} answered`;
  out.push(chalk.bold(wrap(overall, width - 1, '  ')));

  out.push('', chalk.bold('Largest gaps'));
  const gaps = r.actions.slice(0, TOP_GAPS);
  if (r.score === null) out.push('  Nothing was scored: every scored question is unanswered or n/a.');
  else if (gaps.length === 0) out.push('  None: every answered question meets its section’s target.');
  gaps.forEach((a, i) => {
    out.push(wrap(`  ${i + 1}. ${oneLine(a.text)}`, width - 1, '     '));
    out.push(chalk.dim(wrap(`     ${oneLine(a.sectionTitle)} · ${percent(a.score)} · ${num(a.gap)} points below target`, width - 1, '     ')));
  });
  return out.join('\n') + '\n';
}
