// The radar of section scores against targets beside the maturity levels, and where the mean
// hides a split.
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { radar } from '../../svg/radar.js';
import { range } from '../../text/format.js';
import { agreementText, REVERSE_MARK } from '../../text/honestWords.js';

/** The sections that carry a score at all (a comments section does not). */
export function scoredSections(m: ScoreResult): ScoreResult['sections'] {
  return m.sections.filter((s) => s.scored);
}

export function overview(m: ScoreResult): string {
  const sections = scoredSections(m);
  const chart =
    sections.length >= 3
      ? radar({
          title: `${m.questionnaire.title}: section scores against their targets`,
          axes: sections.map((s) => s.title),
          series: [{ name: 'Score', values: sections.map((s) => s.score) }],
          targets: sections.map((s) => s.target),
          valueLabels: true,
        })
      : `<p class="callout info">A radar chart needs at least three scored sections; the scorecard below shows every section.</p>`;
  const levels = m.levels
    .map((l, i) => {
      const next = m.levels[i + 1];
      const span = next ? `${l.min}–${next.min}` : `${l.min}–100`;
      const here = l.name === m.level;
      return `<li class="${here ? 'current' : ''}"><span class="name">${esc(l.name)}</span> <span class="range">${esc(span)}</span>${here ? ' <span class="pill">you are here</span>' : ''}${
        l.description ? `<div class="muted">${esc(l.description)}</div>` : ''
      }</li>`;
    })
    .join('');
  const noLevel = m.level ? '' : `<p class="muted small">No level is given: the overall score has no verdict (${m.verdict === 'insufficient-data' ? 'under half of the possible answers' : 'nothing assessed'}).</p>`;
  return `<div class="overview">
<figure>${chart}<figcaption>Blue line and points: section scores out of 100. Grey band: the targets. Rings at 20, 40, 60, 80 and 100.</figcaption></figure>
<div><h3 style="margin-top:0">Maturity levels</h3>${noLevel}<ul class="levels">${levels}</ul></div>
</div>`;
}

/** Sections with no consensus: the mean hides a split; their most divided questions are a topic to talk through. */
export function disagreements(m: ScoreResult): string {
  const split = scoredSections(m).filter((s) => s.disagreement);
  if (split.length === 0) return '';
  const items = split
    .map((s) => {
      const byId = new Map(s.questions.map((q) => [q.id, q]));
      const divided = s.divided
        .map((id) => byId.get(id))
        .filter((q) => q !== undefined)
        .map((q) => `<li>${q.reverse ? `<span class="reverse" title="reverse-scored">${REVERSE_MARK}</span> ` : ''}${esc(q.text)}</li>`)
        .join('');
      return `<li><strong>${esc(s.title)}</strong> <span class="muted">(${esc(agreementText(s.agreement))}; own scores ${esc(range(s.spread))})</span>${
        divided ? `<ul class="divided">${divided}</ul>` : ''
      }</li>`;
    })
    .join('');
  return `<div class="callout split"><strong>⚑ The mean hides a split.</strong> Respondents do not agree on ${
    split.length === 1 ? 'this section' : 'these sections'
  }: the average stands for nobody's view. The most divided questions are a topic for a calibration conversation before acting on the average.<ul class="split-sections">${items}</ul></div>`;
}
