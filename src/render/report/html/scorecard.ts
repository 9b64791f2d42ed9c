// The scorecard table, one row per section, and the priority sections under it.
import type { ScoreResult, SectionResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { gapHtml, STATUS_COLOURS, statusClass } from '../../html/gapStatus.js';
import { scoreBar } from '../../svg/bars.js';
import { fixed, gapStatus, NOT_ASSESSED, percent, points } from '../../text/format.js';

function spreadCell(s: SectionResult): string {
  if (!s.spread || s.spread.respondents < 2) return '<span class="muted">—</span>';
  const flag = s.disagreement ? `<br><span class="flag alert">⚑ disagreement</span>` : '';
  return `${fixed(s.spread.min)}–${fixed(s.spread.max)}<br><span class="muted small">sd ${fixed(s.spread.sd)} · n = ${s.spread.respondents}</span>${flag}`;
}

export function scorecard(m: ScoreResult): string {
  const rows = m.sections
    .map((s) => {
      const colour = STATUS_COLOURS[gapStatus(s.gap)];
      return `<tr class="section-row">
<th scope="row">${esc(s.title)}${s.weight !== 1 ? `<br><span class="muted small">weight ${esc(String(s.weight))}</span>` : ''}</th>
<td class="num ${statusClass(s.gap)}"><strong>${percent(s.score)}</strong></td>
<td class="bar-cell">${scoreBar(s.score, s.target, colour)}</td>
<td>${s.level ? `<span class="pill">${esc(s.level)}</span>` : `<span class="muted nowrap">${NOT_ASSESSED}</span>`}</td>
<td class="num">${percent(s.target)}</td>
<td class="num">${gapHtml(s.gap)}</td>
<td class="num">${s.coverage.answered}/${s.coverage.total}${s.lowConfidence ? `<br><span class="flag warn">⚠ low confidence</span>` : ''}</td>
<td class="num">${spreadCell(s)}</td>
</tr>`;
    })
    .join('\n');
  return `<table class="scorecard">
<thead><tr><th scope="col">Section</th><th scope="col" class="num">Score</th><th scope="col">Score against target</th><th scope="col">Level</th><th scope="col" class="num">Target</th><th scope="col" class="num">Gap</th><th scope="col" class="num">Answered</th><th scope="col" class="num">Spread (min–max)</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">Overall</th><td class="num ${statusClass(m.gap)}">${percent(m.score)}</td><td class="bar-cell">${scoreBar(m.score, m.target, STATUS_COLOURS[gapStatus(m.gap)])}</td><td>${
    m.level ? `<span class="pill">${esc(m.level)}</span>` : `<span class="muted">${NOT_ASSESSED}</span>`
  }</td><td class="num">${percent(m.target)}</td><td class="num">${gapHtml(m.gap)}</td><td class="num">${m.coverage.answered}/${m.coverage.total}${
    m.lowConfidence ? `<br><span class="flag warn">⚠ low confidence</span>` : ''
  }</td><td></td></tr></tfoot>
</table>
<p class="legend-note">Bars run from 0 to 100; the dark tick marks the target. Coverage counts answers given out of answers possible (questions × respondents); under half is flagged as low confidence. Spread is the range of respondents' own section scores; 40 points or more is flagged as disagreement.</p>`;
}

export function priorities(m: ScoreResult): string {
  const byId = new Map(m.sections.map((s) => [s.id, s]));
  const items = m.priorities
    .map((id) => byId.get(id))
    .filter((s): s is SectionResult => s !== undefined)
    .map(
      (s) =>
        `<li><strong>${esc(s.title)}</strong>: ${percent(s.score)} against a target of ${percent(s.target)}, <span class="${statusClass(s.gap)}">gap ${points(s.gap)}</span>${
          s.weight !== 1 ? ` <span class="muted">(weight ${esc(String(s.weight))})</span>` : ''
        }</li>`,
    )
    .join('');
  return `<section><h2>Priorities</h2>${
    items ? `<p class="muted small">Sections below target, largest weighted gap first.</p><ol class="priorities">${items}</ol>` : '<p>Every assessed section meets its target.</p>'
  }</section>`;
}
