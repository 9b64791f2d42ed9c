// The full action plan, grouped by priority section, with the respondents' notes.
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { statusClass } from '../../html/gapStatus.js';
import { percent, points } from '../../text/format.js';
import { plural } from '../../text/plural.js';
import { noteList } from './comments.js';

export function actionPlan(m: ScoreResult): string {
  if (m.actions.length === 0) {
    return `<section class="break"><h2>Action plan</h2><p>No actions: every assessed section meets its target.</p></section>`;
  }
  const sections = new Map(m.sections.map((s) => [s.id, s]));
  const groups: string[] = [];
  let k = 0;
  m.priorities.forEach((id, pi) => {
    const actions = m.actions.filter((a) => a.section === id);
    if (actions.length === 0) return;
    const s = sections.get(id);
    const rows = actions
      .map(
        (a) => `<tr class="action"><td class="num muted">${++k}</td><td>${esc(a.text)}</td><td class="num">${percent(a.score)}</td><td class="num ${statusClass(a.gap)}">${points(a.gap)}</td><td><p class="rec">${esc(
          a.recommendation,
        )}</p>${noteList(a.notes)}</td></tr>`,
      )
      .join('\n');
    groups.push(
      `<tbody><tr class="group"><th colspan="5" scope="rowgroup">Priority ${pi + 1}: ${esc(s?.title ?? id)} <span class="muted">· ${percent(s?.score)} against ${percent(s?.target)}, gap ${points(s?.gap)}</span></th></tr>
${rows}
</tbody>`,
    );
  });
  return `<section class="break"><h2>Action plan</h2>
<p class="muted small">${plural(m.actions.length, 'action')}, by priority section; within a section, the questions furthest below target (by weight) come first. Score and gap are in points out of 100.</p>
<table class="actions"><thead><tr><th scope="col" class="num">#</th><th scope="col" style="width:30%">Question</th><th scope="col" class="num">Score</th><th scope="col" class="num">Gap</th><th scope="col">Recommendation and notes</th></tr></thead>
${groups.join('\n')}
</table></section>`;
}
