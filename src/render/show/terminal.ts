// A questionnaire's structure for its author or facilitator: the header, the levels, then every
// section and question with how it is answered and scored. Text is sanitised and wrapped.
import type { Question, Questionnaire, Scale, Section } from '../../core/model/model.js';
import type { RenderContext } from '../context.js';
import { renderCommandLine } from '../text/commandLine.js';
import { plural } from '../text/plural.js';
import { questionnairesFlags } from '../text/questionnairesFlags.js';
import { oneLine, stripControl } from '../text/sanitize.js';
import { scaleEndsText } from '../text/scaleEnds.js';
import { shellQuote } from '../text/shellQuote.js';
import { wrapParagraphs, wrapText } from '../text/wrapText.js';
import type { ShowResult } from './result.js';

const MAX_WIDTH = 100;

export function terminal({ questionnaire: q, questionnaires }: ShowResult, ctx: RenderContext): string {
  const { chalk } = ctx;
  const width = Math.min(ctx.width, MAX_WIDTH);
  const out: string[] = [];
  out.push(...flow([{ text: oneLine(q.title), style: chalk.bold }, { text: `(${oneLine(q.id)}, version ${oneLine(String(q.version))})`, style: chalk.dim, lead: ' ' }], width, ''));
  if (q.description) out.push('', ...wrapParagraphs(stripControl(q.description), width));
  if (q.sources.length) {
    out.push('', chalk.bold(q.sources.length === 1 ? 'Source' : 'Sources'));
    for (const s of q.sources) out.push(...bullet(oneLine(s), width, '  '));
  }
  const questions = q.sections.flatMap((s) => s.questions);
  out.push(
    '',
    `${chalk.bold('Target')} ${q.target}% · ${plural(q.sections.length, 'section')} · ${plural(questions.length, 'question')} (${questions.filter((x) => x.scored).length} scored)`,
  );
  out.push('', chalk.bold('Maturity levels'));
  q.levels.forEach((l, i) => {
    const next = q.levels[i + 1];
    const range = next ? `${l.min}–${next.min}` : `${l.min}–100`;
    const head = `  ${range.padEnd(7)} ${chalk.bold(oneLine(l.name))}`;
    out.push(head);
    if (l.description) out.push(...wrapText(oneLine(l.description), width, '          ').map((x) => chalk.dim(x)));
  });
  q.sections.forEach((s, i) => out.push('', ...section(s, i + 1, q, ctx, width)));
  const id = shellQuote(q.id);
  out.push('', chalk.dim('Blank form for workshops:'), renderCommandLine(['icare', 'show', id, ...questionnairesFlags(questionnaires), '-f markdown', `-o ${shellQuote(`${q.id}-form.md`)}`], { ...ctx, width }));
  return out.join('\n') + '\n';
}

function section(s: Section, n: number, q: Questionnaire, ctx: RenderContext, width: number): string[] {
  const { chalk } = ctx;
  const facts = [`weight ${s.weight}`, `target ${s.target}%${s.target !== q.target ? ' (own)' : ''}`, plural(s.questions.length, 'question')];
  const out = flow(
    [
      { text: `${n}. ${oneLine(s.title)}`, style: chalk.bold.underline },
      { text: `(${oneLine(s.id)})`, style: chalk.dim, lead: ' ' },
      ...facts.map((f) => ({ text: f, style: chalk.dim, lead: ' · ' })),
    ],
    width,
    '   ',
  );
  if (s.description) out.push(...wrapParagraphs(stripControl(s.description), width, '   ').map((x) => chalk.dim(x)));
  for (const question of s.questions) out.push(...questionLines(question, ctx, width));
  return out;
}

function questionLines(question: Question, ctx: RenderContext, width: number): string[] {
  const { chalk } = ctx;
  const facts: Piece[] = [{ text: answerKind(question), lead: ' · ' }];
  if (question.reverse) facts.push({ text: 'reverse-scored ↺', style: chalk.yellow, lead: ' · ' });
  if (question.audience) facts.push({ text: `asked of ${question.audience.map(oneLine).join(', ')}`, style: chalk.magenta, lead: ' · ' });
  if (question.scored && question.weight !== 1) facts.push({ text: `weight ${question.weight}`, lead: ' · ' });
  if (question.type === 'rating' || question.type === 'nps') facts.push({ text: 'customer metric, not scored', style: chalk.dim, lead: ' · ' });
  else if (!question.scored) facts.push({ text: 'not scored', style: chalk.dim, lead: ' · ' });
  const out = flow([{ text: `• ${oneLine(question.id)}`, style: chalk.cyan }, ...facts], width, '     ', '   ');
  out.push(...wrapText(oneLine(question.text), width, '     '));
  if (question.type === 'choice') {
    for (const o of question.options) out.push(...wrapText(`- ${oneLine(o.label)} (${formatScore(o.score)})`, width, '       ').map((x) => chalk.dim(x)));
  }
  return out;
}

/** "scale 1–5 (1 Never … 5 Always)", "yes/no", "choice, 4 options (score)", "text", "NPS 0–10 (0 Not at all likely … 10 Extremely likely)". */
function answerKind(question: Question): string {
  switch (question.type) {
    case 'scale':
      return `scale ${scaleSummary(question.scale)}`;
    case 'yesno':
      return 'yes/no';
    case 'choice':
      return `choice, ${plural(question.options.length, 'option')} (score)`;
    case 'text':
      return 'text';
    case 'nps':
      return question.variant === 'binary' ? 'NPS, yes/no' : `NPS ${scaleSummary(question.scale)}`;
    case 'rating':
      return `rating ${scaleSummary(question.scale)}`;
  }
}

function scaleSummary(scale: Scale): string {
  return `${scale.min}–${scale.max} (${scaleEndsText(scale)})`;
}

interface Piece {
  readonly text: string;
  readonly style?: (s: string) => string;
  /** Separator before the piece when it continues a line. */
  readonly lead?: string;
}

/**
 * Lays pieces out on lines of at most `width` columns, keeping each piece whole when it fits on a
 * line of its own and wrapping it by words when it does not. Styles apply per piece, after wrapping.
 */
function flow(pieces: readonly Piece[], width: number, indent: string, firstIndent = ''): string[] {
  const lines: string[] = [];
  let styled = firstIndent;
  let used = firstIndent.length;
  let empty = true;
  const len = (t: string): number => [...t].length;
  for (const p of pieces) {
    const paint = p.style ?? ((t: string) => t);
    const lead = empty ? '' : (p.lead ?? ' ');
    if (used + len(lead) + len(p.text) <= width) {
      styled += lead + paint(p.text);
      used += len(lead) + len(p.text);
      empty = false;
      continue;
    }
    if (!empty) {
      lines.push(styled);
      styled = indent;
      used = indent.length;
    }
    const parts = wrapText(p.text, width - used);
    parts.forEach((part, i) => {
      if (i < parts.length - 1) {
        lines.push(styled + paint(part));
        styled = indent;
        used = indent.length;
      } else {
        styled += paint(part);
        used += len(part);
      }
    });
    empty = false;
  }
  if (!empty) lines.push(styled);
  return lines;
}

function bullet(text: string, width: number, indent: string): string[] {
  const lines = wrapText(text, width, `${indent}  `);
  return lines.map((l, i) => (i === 0 ? `${indent}• ${l.slice(indent.length + 2)}` : l));
}

function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100);
}
