// The top of a questionnaire's report: who and when, then the headline cards.
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { gapHtml, statusClass } from '../../html/gapStatus.js';
import { dateRange } from '../../text/dateRange.js';
import { fixed, isScore, NOT_ASSESSED, percent } from '../../text/format.js';
import { respondentSummary } from '../../text/respondentSummary.js';
import type { ReportResult } from '../result.js';

export function header(r: ReportResult): string {
  const m = r.main;
  const org = m.organisations.length ? m.organisations.join(', ') : 'Service maturity assessment';
  return `<header class="report-header">
<div class="kicker">Customer-service maturity report</div>
<h1>${esc(org)}</h1>
<div class="subtitle">${esc(m.questionnaire.title)} <span class="small">· version ${esc(m.questionnaire.version)}</span></div>
<dl class="meta">
<div><dt>${m.respondents === 1 ? 'Respondent' : 'Respondents'}</dt><dd>${esc(respondentSummary(m, r.roleCounts, 'page'))}</dd></div>
<div><dt>${m.dates.length > 1 ? 'Dates' : 'Date'}</dt><dd>${esc(dateRange(m.dates, { none: 'not dated', to: ' – ' }))}</dd></div>
<div><dt>Questionnaire</dt><dd>${esc(m.questionnaire.id)}</dd></div>
</dl>
</header>`;
}

function coverageRatio(c: { answered: number; total: number }): string {
  return c.total > 0 ? `${Math.round((100 * c.answered) / c.total)}%` : '0%';
}

export function headline(m: ScoreResult): string {
  const level = m.levels.find((l) => l.name === m.level);
  const gap = m.gap;
  return `<div class="headline">
<div class="card overall"><div class="label">Overall score</div><div class="value big ${statusClass(gap)}">${isScore(m.score) ? `${fixed(m.score)}<span class="unit">%</span>` : NOT_ASSESSED}</div>${
    m.lowConfidence ? `<div class="note warn">⚠ Low confidence: under half the possible answers were given</div>` : `<div class="note">weighted across ${m.sections.length} sections</div>`
  }</div>
<div class="card"><div class="label">Maturity level</div><div class="value wrap">${m.level ? esc(m.level) : NOT_ASSESSED}</div>${level?.description ? `<div class="note">${esc(level.description)}</div>` : ''}</div>
<div class="card"><div class="label">Target</div><div class="value">${percent(m.target)}</div></div>
<div class="card"><div class="label">Gap</div><div class="value">${
    isScore(gap) && gap > 0 ? `<span class="${statusClass(gap)}">${fixed(gap)}<span class="unit"> pts</span></span>` : gapHtml(gap)
  }</div><div class="note">${
    !isScore(gap) ? 'nothing assessed' : gap > 0 ? 'to reach the target' : 'at or above the target'
  }</div></div>
<div class="card"><div class="label">Coverage</div><div class="value">${m.coverage.answered}<span class="unit muted"> / ${m.coverage.total}</span></div><div class="note">${coverageRatio(m.coverage)} of possible answers</div></div>
</div>`;
}
