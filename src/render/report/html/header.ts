// The top of a questionnaire's report: who and when, what stays private, what to know before
// reading, then the headline cards.
import { UNSPECIFIED_ROLE } from '../../../core/model/roles.js';
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { gapHtml, statusClass, verdictBadge } from '../../html/gapStatus.js';
import { scoreHtml } from '../../html/scoreHtml.js';
import { dateRange } from '../../text/dateRange.js';
import { scoreFigure } from '../../text/format.js';
import { privacyLines, respondentsText, skippedText } from '../../text/honestWords.js';
import type { ReportResult } from '../result.js';

/** Files listed under a warning before the rest fold away. */
const FILES_SHOWN = 5;

/** "10 respondents, 2 still in progress (5 frontline, 2 executive, 3 manager)". */
function whoAnswered(r: ReportResult): string {
  const m = r.main;
  const roles = r.roleCounts.asFound.some((c) => c.role !== UNSPECIFIED_ROLE)
    ? r.roleCounts.asFound.map((c) => `${c.respondents} ${c.role === UNSPECIFIED_ROLE ? 'role not given' : c.role}`)
    : [];
  return `${respondentsText(m.respondents, m.inProgress)}${roles.length ? ` (${roles.join(', ')})` : ''}`;
}

export function header(r: ReportResult): string {
  const m = r.main;
  const org = m.organisations.length ? m.organisations.join(', ') : 'Service maturity assessment';
  return `<header class="report-header">
<div class="kicker">Customer-service maturity report</div>
<h1>${esc(org)}</h1>
<div class="subtitle">${esc(m.questionnaire.title)} <span class="small">· version ${esc(m.questionnaire.version)}</span></div>
<dl class="meta">
<div><dt>Respondents</dt><dd>${esc(whoAnswered(r))}</dd></div>
<div><dt>${m.dates.length > 1 ? 'Dates' : 'Date'}</dt><dd>${esc(dateRange(m.dates, { none: 'not dated', to: ' – ' }))}</dd></div>
<div><dt>Questionnaire</dt><dd>${esc(m.questionnaire.id)}</dd></div>
</dl>
<ul class="privacy">${privacyLines(r.privacy)
    .map((l) => `<li>${esc(l)}</li>`)
    .join('')}</ul>
</header>`;
}

function fileList(files: readonly string[]): string {
  if (files.length === 0) return '';
  const shown = files.slice(0, FILES_SHOWN).map((f) => `<code>${esc(f)}</code>`).join(', ');
  const rest = files.slice(FILES_SHOWN);
  return `<div class="files">${shown}${
    rest.length ? ` <details class="more"><summary>and ${rest.length} more</summary>${rest.map((f) => `<code>${esc(f)}</code>`).join(', ')}</details>` : ''
  }</div>`;
}

/** "Before you read this": the response warnings and skipped CSV rows; nothing when there are none. */
export function notices(r: ReportResult): string {
  const items = r.warnings.map((w) => `<li><strong>${esc(w.rule)}</strong>: ${esc(w.message)}${fileList(w.files)}</li>`);
  if (r.skipped > 0) items.push(`<li><strong>skipped rows</strong>: ${esc(skippedText(r.skipped))}</li>`);
  if (items.length === 0) return '';
  return `<section class="notices" aria-labelledby="notices-${esc(r.main.questionnaire.id)}"><h2 id="notices-${esc(r.main.questionnaire.id)}">Before you read this</h2><ul class="warnings">${items.join('')}</ul></section>`;
}

function coverageRatio(c: { answered: number; total: number }): string {
  return c.total > 0 ? `${Math.round((100 * c.answered) / c.total)}%` : '0%';
}

/** The level card: a level only where the overall score carries a verdict. */
function levelCard(m: ScoreResult): string {
  if (!m.level) {
    const why = m.verdict === 'insufficient-data' ? 'under half of the possible answers were given' : 'nothing was assessed';
    return `<div class="card"><div class="label">Maturity level</div><div class="value wrap muted">no level</div><div class="note">${why}</div></div>`;
  }
  const level = m.levels.find((l) => l.name === m.level);
  return `<div class="card"><div class="label">Maturity level</div><div class="value wrap">${esc(m.level)}</div>${level?.description ? `<div class="note">${esc(level.description)}</div>` : ''}</div>`;
}

export function headline(m: ScoreResult): string {
  const assessed = m.sections.filter((s) => s.scored).length;
  return `<div class="headline">
<div class="card overall"><div class="label">Overall score</div><div class="value big ${statusClass(m)}">${scoreHtml(m)}</div><div class="note">${verdictBadge(m.verdict)}</div><div class="note">weighted across ${assessed} ${assessed === 1 ? 'section' : 'sections'}</div></div>
${levelCard(m)}
<div class="card"><div class="label">Target</div><div class="value">${scoreFigure(m.target)}</div></div>
<div class="card"><div class="label">Gap</div><div class="value">${gapHtml(m)}</div><div class="note">${
    m.verdict === 'below-target' ? 'to reach the target' : m.verdict === 'on-target' ? 'at or above the target' : 'no verdict'
  }</div></div>
<div class="card"><div class="label">Coverage</div><div class="value">${m.coverage.answered}<span class="unit muted"> / ${m.coverage.total}</span></div><div class="note">${coverageRatio(m.coverage)} of possible answers${
    m.lowConfidence ? ' · <span class="warn">under half: no verdict</span>' : ''
  }</div></div>
</div>`;
}
