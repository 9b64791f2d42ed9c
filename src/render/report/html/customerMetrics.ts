// Customer metrics (NPS, its yes/no variant, ratings) with their intervals: beside the maturity
// score, never inside it; by role only for the groups shown.
import { visibleGroups, type RoleBreakdown } from '../../../core/scoring/groups.js';
import type { NpsMetric, RatingMetric, ScoreResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { bracketHtml } from '../../html/scoreHtml.js';
import { distributionBar } from '../../svg/distribution.js';
import { npsWithInterval, ratingWithInterval } from '../../text/honestWords.js';
import { plural } from '../../text/plural.js';
import { hiddenGroupNote, roleHeads } from './roles.js';

function npsCounts(x: NpsMetric): string {
  const who = plural(x.respondents, 'respondent');
  return x.variant === 'binary'
    ? `${who}: ${x.promoters} yes · ${x.detractors} no`
    : `${who}: ${x.promoters} promoters · ${x.passives} passives · ${x.detractors} detractors`;
}

function npsCard(x: NpsMetric): string {
  return `<div class="card metric"><div class="label">${x.variant === 'binary' ? 'Would recommend (yes/no)' : 'Net Promoter Score'}</div><div class="value">${bracketHtml(npsWithInterval(x))}</div><div class="note">${esc(
    npsCounts(x),
  )}</div><div class="note">${esc(x.text)}</div></div>`;
}

function ratingCard(r: RatingMetric): string {
  return `<div class="card metric"><div class="label">Rating (${r.min}–${r.max})</div><div class="value">${bracketHtml(ratingWithInterval(r))}</div><div class="note">${esc(plural(r.respondents, 'respondent'))}</div>${distributionBar(
    r.distribution,
    200,
  )}<div class="note">${esc(r.text)}</div></div>`;
}

/** The cards, and how to read them. */
export function metricCards(nps: readonly NpsMetric[], ratings: readonly RatingMetric[]): string {
  if (nps.length + ratings.length === 0) return '';
  return `<p class="muted small">Reported beside the maturity score, never inside it, each with its 95% interval in brackets. Classic NPS = % promoters (9–10) − % detractors (0–6), from −100 to +100; the yes/no variant is the share answering yes; a rating is the mean on its own scale.</p><div class="metrics">${[
    ...nps.map(npsCard),
    ...ratings.map(ratingCard),
  ].join('')}</div>`;
}

function metricsByRole(m: ScoreResult, b: RoleBreakdown): string {
  const groups = visibleGroups(b);
  if (groups.length === 0) return '';
  const rows = m.nps
    .map((x, i) => {
      const cells = groups.map((g) => {
        const v = g.result.nps[i];
        return `<td class="num">${v ? `${bracketHtml(npsWithInterval(v))}<br><span class="muted small">n = ${v.respondents}</span>` : '—'}</td>`;
      });
      return `<tr><th scope="row">${esc(x.text)}</th>${cells.join('')}</tr>`;
    })
    .join('');
  return `<h3>By role</h3>${hiddenGroupNote(b)}<table class="nps-roles"><thead><tr><th scope="col">Metric</th>${roleHeads(b)}</tr></thead><tbody>${rows}</tbody></table>`;
}

export function customerMetrics(m: ScoreResult, roles: RoleBreakdown | undefined): string {
  if (m.nps.length + m.ratings.length === 0) return '';
  const byRole = roles && m.nps.length > 0 ? metricsByRole(m, roles) : '';
  return `<section><h2>Customer metrics</h2>${metricCards(m.nps, m.ratings)}${byRole}</section>`;
}
