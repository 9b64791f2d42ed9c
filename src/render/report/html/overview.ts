// The radar of section scores against targets beside the maturity levels, and who disagrees.
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { radar } from '../../svg/radar.js';
import { fixed } from '../../text/format.js';

export function overview(m: ScoreResult): string {
  const axes = m.sections.map((s) => s.title);
  const chart =
    m.sections.length >= 3
      ? radar({
          title: `${m.questionnaire.title}: section scores against their targets`,
          axes,
          series: [{ name: 'Score', values: m.sections.map((s) => s.score) }],
          targets: m.sections.map((s) => s.target),
          valueLabels: true,
        })
      : `<p class="callout info">A radar chart needs at least three sections; the scorecard below shows every section.</p>`;
  const levels = m.levels
    .map((l, i) => {
      const next = m.levels[i + 1];
      const range = next ? `${l.min}–${next.min}` : `${l.min}–100`;
      return `<li class="${l.name === m.level ? 'current' : ''}"><span class="name">${esc(l.name)}</span> <span class="range">${esc(range)}</span>${
        l.name === m.level ? ' <span class="pill">you are here</span>' : ''
      }${l.description ? `<div class="muted">${esc(l.description)}</div>` : ''}</li>`;
    })
    .join('');
  return `<div class="overview">
<figure>${chart}<figcaption>Solid line: section scores (percent). Dashed line: targets. Rings at 20, 40, 60, 80 and 100.</figcaption></figure>
<div><h3 style="margin-top:0">Maturity levels</h3><ul class="levels">${levels}</ul></div>
</div>`;
}

export function disagreements(m: ScoreResult): string {
  const split = m.sections.filter((s) => s.disagreement && s.spread);
  if (split.length === 0) return '';
  return `<div class="callout"><strong>⚑ Respondents disagree</strong> on ${split
    .map((s) => `${esc(s.title)} (${fixed(s.spread!.min)}–${fixed(s.spread!.max)})`)
    .join(', ')}: their own scores for ${split.length === 1 ? 'this section' : 'these sections'} are 40 points or more apart. Talk it through before acting on the average.</div>`;
}
