// `--by role`: a column per group shown, hidden groups named and nothing else of them, the pooled
// group's roles, and leaders against frontline by what each side answered.
import { hiddenGroups, visibleGroups, type RoleBreakdown } from '../../../core/scoring/groups.js';
import { escapeInline as md, escapeTableCell as cell } from '../../markdown/escapeMarkdown.js';
import { mdTable } from '../../markdown/mdTable.js';
import { num, signed } from '../../text/format.js';
import { estimateText, hiddenGroupText, reverseMark, typicalText } from '../../text/honestWords.js';
import { npsLine, ratingLine } from '../../text/npsLine.js';

export function roles(b: RoleBreakdown): string[] {
  const shown = visibleGroups(b);
  // The perception gap needs two groups to compare.
  const several = shown.length > 1;
  const out = [
    '## By role',
    '',
    mdTable(
      ['Section', ...shown.map((g) => `${cell(g.role)} (${g.respondents})`), ...(several ? ['Perception gap'] : [])],
      ['l', ...shown.map(() => 'r' as const), ...(several ? ['r' as const] : [])],
      [
        ...b.perception.map((p, i) => [
          cell(p.title),
          ...shown.map((g) => estimateText(g.result.sections[i]!)),
          ...(several ? [p.gap === null ? '–' : `${num(p.gap)} (${cell(p.high!.role)} vs ${cell(p.low!.role)})`] : []),
        ]),
        ['**Overall**', ...shown.map((g) => `**${estimateText(g.result)}**`), ...(several ? [''] : [])],
      ],
    ),
    '',
  ];
  const about = [
    ...shown.filter((g) => g.pooled).map((g) => `- **${md(g.role)}**: ${g.pooled!.map(md).join(', ')} together (each too small to show alone)`),
    ...hiddenGroups(b).map((g) => `- **${md(g.role)}**: ${hiddenGroupText(b.minGroup)}`),
  ];
  if (about.length) out.push(...about, '');
  if (b.leadersVsFrontline && b.questionGaps.length) {
    out.push('### Where leaders and frontline differ most', '');
    out.push(
      mdTable(
        ['Question', 'Leaders say', 'Frontline says', 'Score difference'],
        ['l', 'l', 'l', 'r'],
        b.questionGaps.map((g) => [
          `${cell(g.text)}${reverseMark(g.reverse)}`,
          cell(typicalText(g.leadersAnswers) || '–'),
          cell(typicalText(g.frontlineAnswers) || '–'),
          `${signed(g.diff)} (${g.diff >= 0 ? 'leaders' : 'frontline'} higher)`,
        ]),
      ),
      '',
    );
  }
  const metrics = shown.filter((g) => g.result.nps.length || g.result.ratings.length);
  if (metrics.length) {
    out.push('### Customer metrics by role', '');
    for (const g of metrics) for (const line of [...g.result.nps.map(npsLine), ...g.result.ratings.map(ratingLine)]) out.push(`- ${md(g.role)}: ${md(line)}`);
    out.push('');
  }
  return out;
}
