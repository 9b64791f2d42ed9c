// The action plan (the top ten, or all with --all) with the respondents' notes under each action,
// then every other note, so that no note disappears because its question is not an action.
import { commentedQuestions, type NoteRef, type QuestionResult } from '../../../core/scoring/scoreResult.js';
import type { RenderContext } from '../../context.js';
import { fixed, num } from '../../text/format.js';
import { noPrioritiesText, reverseMark, typicalText } from '../../text/honestWords.js';
import { plural } from '../../text/plural.js';
import { moreText, shownRemarks, timesText } from '../../text/shownRemarks.js';
import { oneLine } from '../../text/sanitize.js';
import { wrap } from '../../text/wrapText.js';
import type { ReportResult } from '../result.js';

const TOP_ACTIONS = 10;

function shownActions(r: ReportResult): ReportResult['main']['actions'] {
  return r.showAll ? r.main.actions : r.main.actions.slice(0, TOP_ACTIONS);
}

/** “note” (role), indented under what it is about. */
/** Up to TEXTS_SHOWN notes, each written by several with its count, then how many more. */
export function noteLines(notes: readonly NoteRef[], notListed: number, { chalk }: RenderContext, width: number, indent: string): string[] {
  const r = shownRemarks(notes, notListed);
  const lines = r.shown.map((n) => chalk.italic(wrap(`${indent}“${oneLine(n.note)}”${timesText(n.count)}${who(n)}`, width, `${indent} `)));
  return r.more > 0 ? [...lines, chalk.dim(wrap(`${indent}${moreText(r.more)}`, width, `${indent} `))] : lines;
}

function who(n: NoteRef): string {
  const parts = [n.respondent, n.role].filter((x): x is string => !!x).map(oneLine);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function actionPlan(r: ReportResult, ctx: RenderContext, width: number): string[] {
  const { chalk } = ctx;
  const m = r.main;
  const shown = shownActions(r);
  const more = m.actions.length > shown.length ? ` (top ${shown.length} of ${m.actions.length}; --all for all)` : '';
  const out = [wrap(chalk.bold('Action plan') + chalk.dim(more), width, '  ')];
  if (shown.length === 0) out.push(wrap(`  ${noPrioritiesText(m)}`, width, '  '));
  shown.forEach((a, i) => {
    out.push(wrap(`${String(i + 1).padStart(2)}. ${oneLine(a.text)}${reverseMark(a.reverse)}`, width, '    '));
    const typical = typicalText(a);
    out.push(chalk.dim(wrap(`    ${oneLine(a.sectionTitle)} · ${fixed(a.score)}${typical ? ` · ${typical}` : ''} · ${num(a.gap)} below target`, width, '    ')));
    out.push(wrap(`    → ${oneLine(a.recommendation)}`, width, '      '));
    out.push(...noteLines(a.notes, a.notesNotListed, ctx, width, '      '));
  });
  return out;
}

/** Notes on questions that are not among the actions shown, by question; and where the comments are. */
export function otherNotes(r: ReportResult, ctx: RenderContext, width: number): string[] {
  const { chalk } = ctx;
  const shown = new Set(shownActions(r).map((a) => `${a.section}\u0000${a.question}`));
  const out: string[] = [];
  for (const s of r.main.sections) {
    for (const q of s.questions) {
      if (q.notes.length + q.notesNotListed === 0 || shown.has(`${s.id}\u0000${q.id}`)) continue;
      out.push(wrap(`  ${oneLine(q.text)}${reverseMark(q.reverse)}`, width, '    '), chalk.dim(wrap(`    ${oneLine(s.title)}${scoreOf(q)}`, width, '    ')));
      out.push(...noteLines(q.notes, q.notesNotListed, ctx, width, '    '));
    }
  }
  const comments = commentedQuestions(r.main);
  const pointer = comments.length
    ? [chalk.dim(wrap(`${plural(comments.reduce((n, q) => n + q.comments.reduce((k, c) => k + (c.count ?? 1), 0) + q.commentsNotListed, 0), 'comment')} on ${plural(comments.length, 'open question')}: see the markdown or HTML report.`, width))]
    : [];
  return out.length ? [chalk.bold('Other notes'), ...out, ...(pointer.length ? ['', ...pointer] : [])] : pointer;
}

function scoreOf(q: QuestionResult): string {
  if (!q.scored || q.score === null) return '';
  const typical = typicalText(q.answers);
  return ` · ${fixed(q.score)}${typical ? ` · ${typical}` : ''}`;
}
