// A blank answers file to fill in by hand (or by script) where `icare assess` cannot run: every
// question id left blank, with the question, its help, who is asked and the values it takes as
// comments above it. As it is, it validates (a blank is unanswered); filled in, it is an answers
// file like any other, and `icare assess --resume` can finish it. Nothing that would bias a
// respondent (reverse scoring, weights, option scores) is shown.
import { stringify } from 'yaml';
import type { Question, Scale } from '../../core/model/model.js';
import { DONT_KNOW, NOT_APPLICABLE } from '../../core/model/model.js';
import type { RenderContext } from '../context.js';
import { oneLine } from '../text/sanitize.js';
import { wrapText } from '../text/wrapText.js';
import type { ShowResult } from './result.js';

// The file is read in an editor, not a terminal: one fixed width.
const WIDTH = 100;
// Up to this many points, a scale lists each one; beyond, its ends.
const LISTED_POINTS = 7;

/** A YAML scalar on one line: plain when that is safe, quoted when it is not. */
const scalar = (v: string | number): string => stringify(v, { lineWidth: 0 }).trimEnd();
/** Untrusted text as comment lines under `indent`. */
const comment = (text: string, indent: string): string[] => wrapText(oneLine(text).trim(), WIDTH, `${indent}# `);

export function answers({ questionnaire: q }: ShowResult, _ctx: RenderContext): string {
  const out = [
    ...comment(`Answers to "${q.title}" (${q.id}, version ${String(q.version)}), to fill in.`, ''),
    ...comment('Write each answer after its question id. A question left blank is unanswered, and a file with blanks is valid.', ''),
    ...comment(`Every question but a text one also takes ${NOT_APPLICABLE} (does not apply here) or ${DONT_KNOW} (cannot judge it).`, ''),
    ...comment('A note goes with an answer like this: question-id: {value: 4, note: "What I saw"}.', ''),
    ...comment('Fill in who answered below, set status to complete when done, and check the file with icare validate.', ''),
    `questionnaire: ${scalar(q.id)}`,
    `version: ${scalar(q.version)}`,
    '# organisation: Your organisation',
    '# respondent: {role: frontline}  # executive, manager, frontline or another role; a name is optional',
    '# date: YYYY-MM-DD',
    'status: in-progress',
    'answers:',
  ];
  q.sections.forEach((s, i) => {
    out.push('', ...comment(`Section ${i + 1} of ${q.sections.length}: ${s.title}`, '  '));
    for (const question of s.questions) out.push('', ...questionLines(question), `  ${scalar(question.id)}:`);
  });
  return out.join('\n') + '\n';
}

function questionLines(q: Question): string[] {
  return [
    ...comment(q.text, '  '),
    ...(q.help ? comment(`Help: ${q.help}`, '  ') : []),
    ...(q.audience ? comment(`Asked of: ${q.audience.join(', ')} (anyone else leaves it blank)`, '  ') : []),
    ...allowed(q),
  ];
}

/** The values a question takes, as they are written in the file. */
function allowed(q: Question): string[] {
  const unscored = `${NOT_APPLICABLE} · ${DONT_KNOW}`;
  switch (q.type) {
    case 'text':
      return comment('Any text (in quotes if it holds a colon or a #), or leave it blank.', '  ');
    case 'yesno':
      return comment(`yes · no · ${unscored}`, '  ');
    case 'nps':
      return comment(q.variant === 'binary' ? `yes · no · ${unscored}` : `${points(q.scale)} · ${unscored}`, '  ');
    case 'choice':
      return [...comment('One of:', '  '), ...q.options.map((o) => `  #   ${scalar(o.key ?? oneLine(o.label))}${o.key === undefined ? '' : `  (means "${oneLine(o.label)}")`}`), `  #   ${unscored}`];
    case 'scale':
    case 'rating':
      return comment(`${points(q.scale)} · ${unscored}`, '  ');
  }
}

/** A scale's points with their labels: each one on a short scale, the ends and any labels on a long one. */
function points(scale: Scale): string {
  const label = (p: number): string => (scale.labels[p] === undefined ? String(p) : `${p} ${oneLine(scale.labels[p])}`);
  if (scale.max - scale.min + 1 <= LISTED_POINTS) {
    const all: string[] = [];
    for (let p = scale.min; p <= scale.max; p++) all.push(label(p));
    return all.join(' · ');
  }
  const labelled = Object.keys(scale.labels)
    .map(Number)
    .sort((a, b) => a - b)
    .map(label);
  return `a whole number from ${scale.min} to ${scale.max}${labelled.length ? ` (${labelled.join(' · ')})` : ''}`;
}
