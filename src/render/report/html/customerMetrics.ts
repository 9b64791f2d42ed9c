// Customer metrics (NPS and its yes/no variant): reported beside the maturity score, by role too.
import { visibleGroups, type RoleBreakdown } from '../../../core/scoring/groups.js';
import type { NpsMetric, ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { fixed, isScore, NOT_ASSESSED, signed } from '../../text/format.js';
import { plural } from '../../text/plural.js';
import { roleHeads, smallGroupNote } from './roles.js';

function npsValue(x: NpsMetric): string {
  if (!isScore(x.value)) return NOT_ASSESSED;
  return x.variant === 'binary' ? `${fixed(x.value)}% yes` : signed(x.value, 'to-fixed');
}

function npsCounts(x: NpsMetric): string {
  const who = plural(x.respondents, 'respondent');
  return x.variant === 'binary'
    ? `${who}: ${x.promoters} yes · ${x.detractors} no`
    : `${who}: ${x.promoters} promoters · ${x.passives} passives · ${x.detractors} detractors`;
}

export function customerMetrics(m: ScoreResult, roles: RoleBreakdown | undefined): string {
  if (m.nps.length === 0) return '';
  const cards = m.nps
    .map(
      (x) => `<div class="card"><div class="label">${x.variant === 'binary' ? 'Would recommend (yes/no)' : 'Net Promoter Score'}</div><div class="value">${npsValue(x)}</div><div class="note">${esc(
        npsCounts(x),
      )}</div><div class="note">${esc(x.text)}</div></div>`,
    )
    .join('');
  const byRole = roles && roles.roles.length > 0 ? metricsByRole(m, roles) : '';
  return `<section><h2>Customer metrics</h2><p class="muted small">Reported alongside the maturity score, never part of it. Classic NPS = % promoters (9–10) − % detractors (0–6), from −100 to +100; the yes/no variant is the share answering yes.</p><div class="metrics">${cards}</div>${byRole}</section>`;
}

function npsCell(x: NpsMetric | undefined): string {
  return `<td class="num">${x ? `${npsValue(x)}<br><span class="muted small">n = ${x.respondents}</span>` : '—'}</td>`;
}

function metricsByRole(m: ScoreResult, b: RoleBreakdown): string {
  const rows = m.nps
    .map((x, i) => {
      const cells = visibleGroups(b).map((g) => npsCell(g.result.nps[i])).join('');
      return `<tr><th scope="row">${esc(x.text)}</th>${cells}</tr>`;
    })
    .join('');
  return `<h3>By role</h3><table class="nps-roles"><thead><tr><th scope="col">Metric</th>${roleHeads(b)}</tr></thead><tbody>${rows}</tbody></table>${smallGroupNote(b, 'figures')}`;
}
