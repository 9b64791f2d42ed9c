// A printable blank questionnaire for workshops where people answer on paper. Nothing that would
// bias a respondent (reverse scoring, weights, option scores) is shown; every scored question
// offers N/A. All questionnaire text is escaped, so it can never turn into markup or HTML.
import type { Question, Scale } from '../../core/model/model.js';
import type { RenderContext } from '../context.js';
import { escapeMarkdown } from '../markdown/escapeMarkdown.js';
import { oneLine } from '../text/sanitize.js';
import { questionnairesFlags } from '../text/questionnairesFlags.js';
import { scaleEnds } from '../text/scaleEnds.js';
import { shellQuote } from '../text/shellQuote.js';
import type { ShowResult } from './result.js';

const BOX = '☐';
// A line to write on. It starts with an escaped underscore so that it is never read as a
// thematic break, and as its own paragraph it can never open or close emphasis.
const WRITING_LINE = '\\' + '_'.repeat(72);
const FIELD_LINE = '_'.repeat(40);

/** Escapes one line of untrusted text. */
const inline = (s: string): string => escapeMarkdown(oneLine(s).trim());

export function markdown({ questionnaire: q, questionnaires }: ShowResult, _ctx: RenderContext): string {
  const out: string[] = [];
  out.push(`# ${inline(q.title)}`);
  const meta = [`Version ${inline(String(q.version))}`, ...q.sources.map((s) => `Source: ${inline(s)}`)];
  out.push(hardBreaks(meta));
  if (q.description) out.push(escapeMarkdown(q.description.trim()));

  out.push('## About you');
  out.push(
    hardBreaks([
      `**Organisation:** ${FIELD_LINE}`,
      `**Name:** ${FIELD_LINE} (optional)`,
      `**Role:** ${BOX} Executive ${BOX} Manager ${BOX} Frontline ${BOX} Other: ${'_'.repeat(20)}`,
      `**Date:** ${'_'.repeat(20)}`,
    ]),
  );

  out.push('## How to answer');
  out.push(
    [
      `- Tick one box (${BOX}) per question. Rate what actually happens in your part of the organisation today, not what should happen.`,
      `- Tick **N/A** when a question does not apply to you or you cannot judge it; it is then left out of the score.`,
      '- Use the notes lines for an example or a comment: they explain the scores.',
      '- Questions with writing lines only collect your comments.',
    ].join('\n'),
  );

  let n = 0;
  q.sections.forEach((s, si) => {
    out.push(`## ${si + 1}. ${inline(s.title)}`);
    if (s.description) out.push(escapeMarkdown(s.description.trim()));
    for (const question of s.questions) out.push(...questionBlock(question, ++n));
  });
  out.push('---');
  // Loaded ids are kebab-case (a validation rule), so they are safe inside a code span.
  const assess = ['icare', 'assess', shellQuote(oneLine(q.id)), ...questionnairesFlags(questionnaires)].join(' ').replace(/`/g, '');
  out.push(`*Thank you. Enter the answers with \`${assess}\`, or collect them in a form and use \`icare import\`.*`);
  return out.join('\n\n') + '\n';
}

function questionBlock(question: Question, n: number): string[] {
  const blocks = [`**${n}.** ${inline(question.text)}`];
  // Who is asked: the others leave it out (a frontline respondent is not asked an executive's question).
  if (question.audience) blocks.push(`*For: ${question.audience.map(inline).join(', ')}*`);
  if (question.help) blocks.push(`*${inline(question.help)}*`);
  blocks.push(...answerSpace(question));
  if (question.type !== 'text') blocks.push(`Notes: ${'_'.repeat(60)}`);
  return blocks;
}

function answerSpace(question: Question): string[] {
  const na = question.scored ? [`${BOX} N/A`] : [];
  switch (question.type) {
    case 'rating':
    case 'scale':
      return [boxes([...scalePoints(question.scale), ...na])];
    case 'yesno':
      return [boxes([`${BOX} Yes`, `${BOX} No`, ...na])];
    case 'choice':
      return [[...question.options.map((o) => `${BOX} ${inline(o.label)}`), ...na].map((l) => `- ${l}`).join('\n')];
    case 'nps':
      return question.variant === 'binary' ? [boxes([`${BOX} Yes`, `${BOX} No`])] : [boxes(scalePoints(question.scale))];
    case 'text':
      return [WRITING_LINE, WRITING_LINE, WRITING_LINE];
  }
}

/** `☐ 1 Never`, `☐ 2 Rarely`, …; a point without a label shows its number only, except the ends. */
function scalePoints(scale: Scale): string[] {
  const points: string[] = [];
  const ends = scaleEnds(scale);
  for (let v = scale.min; v <= scale.max; v++) {
    const label = scale.labels[v] ?? (v === scale.min ? ends.low : v === scale.max ? ends.high : undefined);
    points.push(label === undefined ? `${BOX} ${v}` : `${BOX} ${v} ${inline(label)}`);
  }
  return points;
}

/** Lines of one paragraph, each on its own printed line (a trailing backslash is a hard break). */
function hardBreaks(lines: readonly string[]): string {
  return lines.map((l, i) => (i < lines.length - 1 ? `${l}\\` : l)).join('\n');
}

function boxes(items: readonly string[]): string {
  return items.join(' ');
}
