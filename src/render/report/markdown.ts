// The markdown scorecard: GitHub-flavoured, every piece of user text escaped, tables whose
// column counts always match, and the full action plan with the respondents' notes.
import type { RoleBreakdown } from '../../core/scoring/groups.js';
import type { ScoreTrend } from '../../core/scoring/scoreTrend.js';
import type { NoteRef } from '../../core/scoring/score.js';
import type { RenderContext } from '../context.js';
import { dateRange } from '../text/dateRange.js';
import { bar, NOT_ASSESSED, num, percent, range, signed } from '../text/format.js';
import { respondentSummary } from '../text/respondentSummary.js';
import { escapeMarkdown, escapeTableCell } from '../markdown/escapeMarkdown.js';
import { oneLine } from '../text/sanitize.js';
import { npsLine } from './terminal.js';
import type { ReportResult } from './result.js';

// Inline contexts (list items, headings, bold runs): one line, escaped.
const md = (s: string): string => escapeMarkdown(oneLine(s));
const cell = escapeTableCell;

export function markdown(results: readonly ReportResult[], ctx: RenderContext): string {
  return results.map((r) => one(r, ctx)).join('\n---\n\n');
}

export function mdTable(head: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(align.map((a) => (a === 'r' ? '---:' : ':---'))), ...rows.map(line)].join('\n');
}

function one(r: ReportResult, ctx: RenderContext): string {
  const m = r.main;
  const out: string[] = [];
  out.push(`# ${md(m.questionnaire.title)}: scorecard`, '');
  const facts = [
    m.organisations.length ? `**Organisation:** ${m.organisations.map(md).join(', ')}` : undefined,
    `**Respondents:** ${md(respondentSummary(m.respondents, r.roleCounts))}`,
    `**Date:** ${md(dateRange(m.dates))}`,
    `**Questionnaire:** ${md(m.questionnaire.id)} v${md(String(m.questionnaire.version))}`,
  ].filter(Boolean);
  out.push(facts.join(' · '), '');
  out.push(
    `**Overall: ${percent(m.score)}${m.level ? ` · ${md(m.level)}` : ''}** (target ${num(m.target)}, gap ${num(m.gap)}; ${m.coverage.answered} of ${m.coverage.total} possible answers${m.lowConfidence ? '; **low confidence**' : ''})`,
    '',
  );
  const many = m.respondents.length > 1;
  out.push(
    mdTable(
      ['Section', 'Score', 'Bar', 'Level', 'Target', 'Gap', 'Answers', ...(many ? ['Range', 'SD'] : [])],
      ['l', 'r', 'l', 'l', 'r', 'r', 'r', ...(many ? (['l', 'r'] as const) : [])],
      m.sections.map((s) => [
        cell(s.title),
        percent(s.score),
        `\`${bar(s.score, 10)}\``,
        cell(s.level ?? NOT_ASSESSED),
        num(s.target),
        num(s.gap),
        `${s.coverage.answered}/${s.coverage.total}${s.lowConfidence ? ' ⚠️ low confidence' : ''}`,
        ...(many ? [`${range(s.spread)}${s.disagreement ? ' ⚠️ disagreement' : ''}`, num(s.spread?.sd ?? null)] : []),
      ]),
    ),
    '',
  );
  const low = m.sections.filter((s) => s.lowConfidence);
  if (low.length) out.push(`> **Low confidence:** ${low.map((s) => md(s.title)).join(', ')}: fewer than half of the possible answers were given, so read these scores with care.`, '');

  out.push('## Priorities', '');
  if (m.priorities.length === 0) out.push('Every assessed section meets its target.', '');
  else {
    m.priorities.forEach((id, i) => {
      const s = m.sections.find((x) => x.id === id)!;
      out.push(`${i + 1}. **${md(s.title)}**: ${percent(s.score)}, ${num(s.gap)} points below its target of ${num(s.target)}${s.weight !== 1 ? ` (weight ${s.weight})` : ''}`);
    });
    out.push('');
  }

  const disagreements = m.sections.filter((s) => s.disagreement);
  if (disagreements.length) {
    out.push('## Disagreements', '', 'Sections where respondents’ own scores are 40 or more points apart: talk about these before acting on the average.', '');
    for (const s of disagreements) out.push(`- **${md(s.title)}**: from ${num(s.spread!.min)} to ${num(s.spread!.max)} across ${s.spread!.respondents} respondents (standard deviation ${num(s.spread!.sd)})`);
    out.push('');
  }

  out.push('## Action plan', '');
  if (m.actions.length === 0) out.push('Nothing scores below target.', '');
  let section = '';
  let n = 0;
  for (const a of m.actions) {
    if (a.section !== section) {
      section = a.section;
      out.push(`### ${md(a.sectionTitle)}`, '');
    }
    n++;
    out.push(`${n}. **${md(a.text)}** (${percent(a.score)}, ${num(a.gap)} below target)  `);
    out.push(`   ${md(a.recommendation)}`);
    for (const note of a.notes) out.push(`   > ${md(note.note)}${who(note)}  `);
    out.push('');
  }

  const perQuestion = m.sections.flatMap((s) => s.questions.filter((q) => q.scored).map((q) => ({ s, q })));
  if (many && perQuestion.length) {
    out.push('<details><summary>Answers per question</summary>', '');
    out.push(
      mdTable(
        ['Section', 'Question', 'Score', 'Answered', 'N/A', 'Range'],
        ['l', 'l', 'r', 'r', 'r', 'l'],
        perQuestion.map(({ s, q }) => [cell(s.title), cell(q.text), percent(q.score), String(q.answered), String(q.na), range(q.spread)]),
      ),
      '',
      '</details>',
      '',
    );
  }

  if (m.nps.length) {
    out.push('## Customer metrics', '', 'Reported alongside, never part of the maturity score.', '');
    for (const x of m.nps) out.push(`- ${md(npsLine(x))}`);
    out.push('');
  }
  if (r.byRole) out.push(...roles(r.byRole));
  if (r.trend && r.trend.rounds.length) out.push(...historyTable(r.trend));
  const comments = m.sections.flatMap((s) => s.questions.filter((q) => q.type === 'text' && q.comments.length));
  if (comments.length) {
    out.push('## Comments', '');
    for (const q of comments) {
      out.push(`**${md(q.text)}**`, '');
      for (const c of q.comments) out.push(`- ${md(c.note)}${who(c)}`);
      out.push('');
    }
  }
  out.push(`<sub>Generated by icare ${md(ctx.version)}. Scores are percentages; see the scoring rules in the icare documentation.</sub>`, '');
  return out.join('\n');
}


function who(n: NoteRef): string {
  const parts = [n.respondent, n.role].filter((x): x is string => !!x);
  return parts.length ? ` — ${parts.map(md).join(', ')}` : '';
}

function roles(b: RoleBreakdown): string[] {
  const out = ['## By role', ''];
  const smallNote = b.roles.some((g) => g.small) ? `Groups under ${b.minGroup} respondents are marked *: read them with care.` : '';
  out.push(
    mdTable(
      ['Section', ...b.roles.map((g) => `${cell(g.role)}${g.small ? '\\*' : ''} (${g.respondents})`), 'Perception gap'],
      ['l', ...b.roles.map(() => 'r' as const), 'r'],
      [
        ...b.perception.map((p, i) => [
          cell(p.title),
          ...b.roles.map((g) => num(g.result.sections[i]?.score ?? null)),
          p.gap === null ? '–' : `${num(p.gap)} (${cell(p.high!.role)} vs ${cell(p.low!.role)})`,
        ]),
        ['**Overall**', ...b.roles.map((g) => `**${num(g.result.score)}**`), ''],
      ],
    ),
    '',
  );
  if (smallNote) out.push(smallNote, '');
  if (b.questionGaps.length) {
    out.push('### Where leaders and frontline differ most', '');
    out.push(
      mdTable(
        ['Question', 'Leaders', 'Frontline', 'Difference'],
        ['l', 'r', 'r', 'r'],
        b.questionGaps.map((g) => [cell(g.text), num(g.leaders), num(g.frontline), signed(g.diff)]),
      ),
      '',
    );
  }
  const nps = b.roles.filter((g) => g.result.nps.length);
  if (nps.length) {
    out.push('### Customer metrics by role', '');
    for (const g of nps) for (const x of g.result.nps) out.push(`- ${md(g.role)}: ${md(npsLine(x))}`);
    out.push('');
  }
  return out;
}

function historyTable(t: ScoreTrend): string[] {
  const h = t.rounds;
  const several = h.length > 1;
  return [
    '## Trend',
    '',
    mdTable(
      ['Section', ...h.map((p) => `${cell(p.date)} (${p.respondents})`), 'Change'],
      ['l', ...h.map(() => 'r' as const), 'r'],
      [
        ...t.sections.map((row) => [cell(row.title), ...row.scores.map(num), signed(row.change)]),
        ['**Overall**', ...t.overall.scores.map((v) => `**${num(v)}**`), several ? `**${signed(t.overall.change)}**` : '–'],
      ],
    ),
    '',
  ];
}
