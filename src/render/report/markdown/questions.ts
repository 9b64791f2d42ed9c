// Each scored question's score, typical answer and answer distribution, folded away; and the
// answers to the open questions.
import { commentedQuestions, type QuestionResult, type ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeInline as md, escapeTableCell as cell } from '../../markdown/escapeMarkdown.js';
import { mdTable } from '../../markdown/mdTable.js';
import { distributionParts } from '../../text/distributionText.js';
import { fixed, isScore, NOT_ASSESSED } from '../../text/format.js';
import { notVisibleText, reverseMark, typicalText } from '../../text/honestWords.js';
import { remarkLines, who } from './actionPlan.js';

function distributionCell(q: QuestionResult): string {
  const { bar, counts } = distributionParts(q.answers.distribution);
  return [bar ? `\`${bar}\`` : null, ...counts.map(cell)].filter(Boolean).join(' · ') || '–';
}

function questionCell(q: QuestionResult): string {
  return `${cell(q.text)}${reverseMark(q.reverse)}${q.notVisible ? ` — *${notVisibleText(q)}*` : ''}`;
}

function scoreCell(q: QuestionResult): string {
  if (!isScore(q.score)) return NOT_ASSESSED;
  const typical = typicalText(q.answers);
  return `${fixed(q.score)}${typical ? ` · ${cell(typical)}` : ''}`;
}

export function answersPerQuestion(m: ScoreResult): string[] {
  const rows = m.sections.flatMap((s) => s.questions.filter((q) => q.scored).map((q) => ({ s, q })));
  if (rows.length === 0) return [];
  return [
    '<details><summary>Answers per question</summary>',
    '',
    mdTable(
      ['Section', 'Question', 'Score · typical answer', 'Answered', 'N/A', "Don't know", 'Answers'],
      ['l', 'l', 'r', 'r', 'r', 'r', 'l'],
      rows.map(({ s, q }) => [cell(s.title), questionCell(q), scoreCell(q), `${q.coverage.answered}/${q.coverage.total}`, String(q.na), String(q.dontKnow), distributionCell(q)]),
    ),
    '',
    '</details>',
    '',
  ];
}

/** The answers to the text questions. */
export function comments(m: ScoreResult): string[] {
  const questions = commentedQuestions(m);
  if (questions.length === 0) return [];
  const out = ['## Comments', ''];
  for (const q of questions) {
    out.push(`**${md(q.text)}**`, '');
    out.push(...remarkLines(q.comments, q.commentsNotListed, (c) => `- ${md(c.note)}${who(c)}`, (t) => `- *${t}*`));
    out.push('');
  }
  return out;
}
