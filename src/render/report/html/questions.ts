// Every question's answers, folded away per section: its score and typical answer, coverage, n/a
// and don't know, a stacked bar of the answers, whether the practice is visible to the people
// asked, and the notes on it that the action plan does not already show.
import type { QuestionResult, ScoreResult, SectionResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { verdictBadge } from '../../html/gapStatus.js';
import { scoreHtml } from '../../html/scoreHtml.js';
import { answerColours, distributionBar } from '../../svg/distribution.js';
import { notVisibleText } from '../../text/honestWords.js';
import { questionText } from '../../html/questionText.js';
import { scoreWithTypical } from './actionPlan.js';
import { noteList } from './comments.js';

/** The bar's key: a swatch, the label and the count for every value someone gave. */
function answerKey(q: QuestionResult): string {
  const colours = answerColours(q.answers.distribution);
  return q.answers.distribution
    .map((d, i) => (d.count > 0 ? `<span class="key"><span class="swatch" style="background:${colours[i]}"></span>${esc(d.label)} <strong>${d.count}</strong></span>` : ''))
    .filter(Boolean)
    .join(' ');
}

function flags(q: QuestionResult): string {
  const out: string[] = [];
  if (!q.scored) out.push(`<span class="flag muted">customer metric: not part of the score</span>`);
  if (q.notVisible) out.push(`<span class="flag warn">⚠ ${esc(notVisibleText(q))}</span>`);
  return out.length ? `<br>${out.join('<br>')}` : '';
}

function notesCell(q: QuestionResult, inPlan: ReadonlySet<string>): string {
  if (q.notes.length === 0) return '';
  if (inPlan.has(q.id)) return `<span class="muted small">${q.notes.length === 1 ? 'its note is' : 'its notes are'} under its action in the action plan</span>`;
  return noteList(q.notes, q.notesNotListed);
}

function questionRow(q: QuestionResult, inPlan: ReadonlySet<string>): string {
  const total = q.answers.distribution.reduce((n, d) => n + d.count, 0);
  return `<tr class="question-row"><td>${questionText(q)}${flags(q)}</td><td class="num">${q.scored ? scoreWithTypical(q.score, q.answers) : '<span class="muted">—</span>'}</td><td class="num">${q.coverage.answered}/${
    q.coverage.total
  }<br><span class="muted small nowrap">n/a ${q.na}</span><br><span class="muted small nowrap">don't know ${q.dontKnow}</span></td><td class="answers">${distributionBar(q.answers.distribution)}${total > 0 ? `<div class="answer-key">${answerKey(q)}</div>` : ''}</td><td>${notesCell(
    q,
    inPlan,
  )}</td></tr>`;
}

function sectionBlock(s: SectionResult, inPlan: ReadonlySet<string>): string {
  const questions = s.questions.filter((q) => q.type !== 'text');
  const summary = `<strong>${esc(s.title)}</strong> <span class="muted">· ${s.scored ? `${scoreHtml(s)} · ` : ''}${questions.length} ${questions.length === 1 ? 'question' : 'questions'}</span> ${
    s.scored ? verdictBadge(s.verdict) : ''
  }`;
  return `<details class="question-section"><summary>${summary}</summary>
<table class="questions"><thead><tr><th scope="col">Question</th><th scope="col" class="num">Score</th><th scope="col" class="num">Answered</th><th scope="col">Answers</th><th scope="col">Notes</th></tr></thead><tbody>
${questions.map((q) => questionRow(q, inPlan)).join('\n')}
</tbody></table></details>`;
}

export function questions(m: ScoreResult): string {
  const sections = m.sections.filter((s) => s.questions.some((q) => q.type !== 'text'));
  if (sections.length === 0) return '';
  const inPlan = new Set(m.actions.map((a) => a.question));
  return `<section class="break per-question"><h2>Answers per question</h2>
<p class="muted small">Open a section to see each question: its score out of 100 and, under it, what respondents typically answered; answers given out of those asked, with n/a and don't know; and a bar of every answer, lightest for the first value on the question's scale, darkest for the last, then n/a and don't know in grey.</p>
${sections.map((s) => sectionBlock(s, inPlan)).join('\n')}
</section>`;
}
