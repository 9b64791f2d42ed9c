// `--history`: a chart per section over the rounds with each round's interval, then the first and
// latest score and whether the change between them is beyond the noise.
import type { ScoreTrend, TrendRow } from '../../../core/scoring/scoreTrend.js';
import { changeHtml } from '../../html/changeHtml.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { scoreHtml } from '../../html/scoreHtml.js';
import { trend } from '../../svg/trend.js';
import { plural } from '../../text/plural.js';

function row(r: TrendRow, labels: readonly string[], strong: boolean): string {
  const chart = trend({
    title: `${r.title} over time`,
    points: r.scores.map((v, i) => ({ label: labels[i] ?? '', value: v, interval: r.intervals[i] ?? null })),
    target: r.target,
  });
  const last = r.scores.length - 1;
  const cell = (i: number): string => scoreHtml({ score: r.scores[i] ?? null, interval: r.intervals[i] ?? null });
  return `<tr><th scope="row">${strong ? `<strong>${esc(r.title)}</strong>` : esc(r.title)}<div class="trend-figures"><div>first ${cell(0)}</div><div>latest ${cell(last)}</div><div>${changeHtml(r)}</div></div></th><td class="trend-chart">${chart}</td></tr>`;
}

export function trends(t: ScoreTrend): string {
  const labels = t.rounds.map((p) => p.date);
  const rows = [row(t.overall, labels, true), ...t.sections.map((r) => row(r, labels, false))].join('\n');
  const rounds = t.rounds.map((p) => `${esc(p.date)} (${plural(p.respondents, 'respondent')})`).join(' → ');
  return `<section class="break"><h2>Trend over time</h2>
<p class="muted small">Rounds: ${rounds}. Each chart runs from 0 to 100: points are each round's score with its 95% interval as a whisker, the filled point is the latest round, the grey band is the target. A change counts as improved or regressed only when it is larger than the noise of the two rounds' intervals; otherwise it is within the noise.</p>
<table class="trends"><thead><tr><th scope="col">Section, first and latest round</th><th scope="col">Trend</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}
