// The scorecard table: one row per scored section, each score with its interval (a whisker on
// the bar), its verdict only where the answers carry one, coverage and agreement.
import type { ScoreResult, SectionResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { gapHtml, STATUS_COLOURS, statusClass, statusLegend, verdictBadge, verdictStatus } from '../../html/gapStatus.js';
import { scoreHtml } from '../../html/scoreHtml.js';
import { scoreBar } from '../../svg/bars.js';
import { scoreFigure, range } from '../../text/format.js';
import { agreementText } from '../../text/honestWords.js';
import { scoredSections } from './overview.js';

function agreementCell(s: SectionResult): string {
  const text = agreementText(s.agreement);
  if (!text && s.verdict === 'not-assessed') return '<span class="muted">—</span>';
  const band = text ? esc(text) : '<span class="muted">— (fewer than 3)</span>';
  const flag = s.disagreement ? `<br><span class="flag alert">⚑ the mean hides a split</span>` : '';
  const spread = s.spread && s.spread.respondents >= 2 ? `<br><span class="muted small">own scores ${esc(range(s.spread))}</span>` : '';
  return `${band}${flag}${spread}`;
}

function verdictCell(v: Pick<SectionResult, 'verdict' | 'level'>): string {
  return `${verdictBadge(v.verdict)}${v.level ? `<br><span class="pill">${esc(v.level)}</span>` : ''}`;
}

function coverageCell(c: SectionResult['coverage'], low: boolean): string {
  return `${c.answered}/${c.total}${low ? `<br><span class="flag warn">⚠ under half</span>` : ''}`;
}

function row(s: SectionResult): string {
  return `<tr class="section-row">
<th scope="row">${esc(s.title)}${s.weight !== 1 ? `<br><span class="muted small">weight ${esc(String(s.weight))}</span>` : ''}</th>
<td class="num score ${statusClass(s)}">${scoreHtml(s, true)}</td>
<td class="bar-cell">${scoreBar(s.score, s.target, STATUS_COLOURS[verdictStatus(s)], s.interval)}</td>
<td>${verdictCell(s)}</td>
<td class="num">${scoreFigure(s.target)}</td>
<td class="num">${gapHtml(s)}</td>
<td class="num">${coverageCell(s.coverage, s.lowConfidence)}</td>
<td>${agreementCell(s)}</td>
</tr>`;
}

export function scorecard(m: ScoreResult): string {
  const rows = scoredSections(m).map(row).join('\n');
  return `<table class="scorecard">
<thead><tr><th scope="col">Section</th><th scope="col" class="num">Score (95% interval)</th><th scope="col">Against target</th><th scope="col">Verdict</th><th scope="col" class="num">Target</th><th scope="col" class="num">Gap</th><th scope="col" class="num">Answered</th><th scope="col">Agreement</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">Overall</th><td class="num score ${statusClass(m)}">${scoreHtml(m, true)}</td><td class="bar-cell">${scoreBar(m.score, m.target, STATUS_COLOURS[verdictStatus(m)], m.interval)}</td><td>${verdictCell(
    m,
  )}</td><td class="num">${scoreFigure(m.target)}</td><td class="num">${gapHtml(m)}</td><td class="num">${coverageCell(m.coverage, m.lowConfidence)}</td><td></td></tr></tfoot>
</table>
<p class="legend-note">${statusLegend([...scoredSections(m), m])}<br>
Scores are out of 100, with their 95% interval in brackets and as the whisker on each bar; the dark tick marks the target. A verdict needs at least half of the possible answers (Answered: answers given out of answers possible); below that a section needs more answers and gets no level. Agreement is rwg: 0.70 or more is agreement, under 0.50 no consensus; own scores is the range of respondents' own section scores.</p>`;
}
