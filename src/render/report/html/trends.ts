// `--history`: one small chart per section over the rounds, with the first and latest score.
import type { ChangeDirection } from '../../../core/scoring/noise.js';
import type { ScoreTrend, TrendRow } from '../../../core/scoring/scoreTrend.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { trend } from '../../svg/trend.js';
import { percent, signed } from '../../text/format.js';
import { plural } from '../../text/plural.js';

/** Class and arrow by direction: the arrow carries it in greyscale. */
const MOVED: Readonly<Record<ChangeDirection, { cls: string; mark: string }>> = {
  improved: { cls: 'change-up', mark: '▲ ' },
  regressed: { cls: 'change-down', mark: '▼ ' },
  'within-noise': { cls: 'change-flat', mark: '≈ ' },
  unchanged: { cls: 'change-flat', mark: '' },
  'not-comparable': { cls: 'change-flat', mark: '' },
};

export function trends(t: ScoreTrend): string {
  const labels = t.rounds.map((p) => p.date);
  const row = (r: TrendRow, strong: boolean): string => {
    const { cls, mark } = MOVED[r.direction];
    const chart = trend({ title: `${r.title} over time`, points: r.scores.map((v, i) => ({ label: labels[i] ?? '', value: v })), target: r.target });
    return `<tr><th scope="row">${strong ? `<strong>${esc(r.title)}</strong>` : esc(r.title)}</th><td>${chart}</td><td class="num">${percent(r.scores[0])}</td><td class="num">${percent(r.scores[r.scores.length - 1])}</td><td class="num ${cls}">${
      r.change === null ? '—' : `${mark}${signed(r.change, 'to-fixed')}`
    }</td></tr>`;
  };
  const rows = [row(t.overall, true), ...t.sections.map((r) => row(r, false))].join('\n');
  const rounds = t.rounds.map((p) => `${esc(p.date)} (${plural(p.respondents, 'respondent')})`).join(' → ');
  return `<section class="break"><h2>Trend over time</h2>
<p class="muted small">Rounds: ${rounds}. Each chart runs from 0 to 100; the dashed line is the target and the filled point the latest round.</p>
<table class="trends"><thead><tr><th scope="col">Section</th><th scope="col">Trend</th><th scope="col" class="num">First</th><th scope="col" class="num">Latest</th><th scope="col" class="num">Change</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}
