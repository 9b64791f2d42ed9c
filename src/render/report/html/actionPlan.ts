// The full action plan, grouped by priority section, with the respondents' notes. Actions come
// only from sections below target; a reverse-scored question shows what people actually answered.
import type { Action, ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { statusClass } from '../../html/gapStatus.js';
import { questionText } from '../../html/questionText.js';
import { scoreHtml } from '../../html/scoreHtml.js';
import { fixed, scoreFigure, points } from '../../text/format.js';
import { noPrioritiesText, typicalText } from '../../text/honestWords.js';
import { plural } from '../../text/plural.js';
import { noteList } from './comments.js';

/** A question's score and, beside it, what was typically answered ("mostly Usually", "70% yes"). */
export function scoreWithTypical(score: number | null, answers: { readonly typical: Action['typical'] }): string {
  const typical = typicalText({ typical: answers.typical });
  return `${score === null ? '<span class="muted">not assessed</span>' : fixed(score)}${typical ? `<br><span class="typical">${esc(typical)}</span>` : ''}`;
}

function actionRow(a: Action, k: number): string {
  return `<tr class="action"><td class="num muted">${k}</td><td>${questionText(a)}</td><td class="num">${scoreWithTypical(a.score, a)}</td><td class="num ${statusClass({
    verdict: 'below-target',
    gap: a.gap,
  })}">${points(a.gap)}</td><td><p class="rec">${esc(a.recommendation)}</p>${noteList(a.notes, a.notesNotListed)}</td></tr>`;
}

export function actionPlan(m: ScoreResult): string {
  if (m.actions.length === 0) {
    return `<section class="break"><h2>Action plan</h2><p>No actions: ${esc(noPrioritiesText(m).replace(/^./, (c) => c.toLowerCase()))}</p></section>`;
  }
  const sections = new Map(m.sections.map((s) => [s.id, s]));
  const groups: string[] = [];
  let k = 0;
  m.priorities.forEach((id, pi) => {
    const actions = m.actions.filter((a) => a.section === id);
    if (actions.length === 0) return;
    const s = sections.get(id);
    const rows = actions.map((a) => actionRow(a, ++k)).join('\n');
    groups.push(
      `<tbody><tr class="group"><th colspan="5" scope="rowgroup">Priority ${pi + 1}: ${esc(s?.title ?? id)} <span class="muted">· ${s ? scoreHtml(s) : ''} against ${scoreFigure(s?.target)}, gap ${points(s?.gap)}</span></th></tr>
${rows}
</tbody>`,
    );
  });
  return `<section class="break"><h2>Action plan</h2>
<p class="muted small">${plural(m.actions.length, 'action')}, by priority section; within a section, the questions furthest below target (by weight) come first. Score and gap are in points out of 100; under a score, what respondents typically answered.</p>
<table class="actions"><thead><tr><th scope="col" class="num">#</th><th scope="col" style="width:30%">Question</th><th scope="col" class="num">Score</th><th scope="col" class="num">Gap</th><th scope="col">Recommendation and notes</th></tr></thead>
${groups.join('\n')}
</table></section>`;
}
