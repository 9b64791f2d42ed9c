// `--by role`: each role's section scores side by side, the perception gap, and where leaders
// and the front line differ most.
import { hiddenGroups, visibleGroups, type RoleBreakdown } from '../../../core/scoring/groups.js';
import type { ScoreResult, SectionResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { statusClass } from '../../html/gapStatus.js';
import { radar } from '../../svg/radar.js';
import { fixed, isScore, percent, points, signed } from '../../text/format.js';

/** One column head per role, with its size and a mark on small groups. */
export function roleHeads(b: RoleBreakdown): string {
  return visibleGroups(b)
    .map((g) => `<th scope="col" class="num">${esc(g.role)}<br><span class="muted small" style="text-transform:none;letter-spacing:0">n = ${g.respondents}</span></th>`)
    .join('');
}

/** Which groups are hidden, and why; `what` names the figures. */
export function smallGroupNote(b: RoleBreakdown, what: string): string {
  const hidden = hiddenGroups(b);
  return hidden.length ? `<p class="legend-note">${hidden.map((g) => esc(g.role)).join(', ')}: fewer than ${b.minGroup} respondents, so no ${what} are shown for them.</p>` : '';
}

function sectionCell(s: SectionResult | undefined): string {
  return `<td class="num ${statusClass(s?.gap ?? null)}">${percent(s?.score)}</td>`;
}

function perceptionTable(m: ScoreResult, b: RoleBreakdown): string {
  const rows = m.sections
    .map((s, i) => {
      const cells = visibleGroups(b).map((g) => sectionCell(g.result.sections[i])).join('');
      const p = b.perception[i];
      const gap =
        p && isScore(p.gap) && p.high && p.low
          ? `<strong>${points(p.gap)}</strong><br><span class="muted small">${esc(p.high.role)} ${fixed(p.high.score)} · ${esc(p.low.role)} ${fixed(p.low.score)}</span>`
          : '<span class="muted">—</span>';
      return `<tr><th scope="row">${esc(s.title)}</th>${cells}<td class="num">${gap}</td></tr>`;
    })
    .join('\n');
  const overall = visibleGroups(b).map((g) => g.result.score).filter(isScore);
  const overallGap = overall.length >= 2 ? points(Math.max(...overall) - Math.min(...overall)) : '—';
  const foot = `<tr><th scope="row">Overall</th>${visibleGroups(b).map((g) => `<td class="num ${statusClass(g.result.gap)}">${percent(g.result.score)}</td>`).join('')}<td class="num">${overallGap}</td></tr>`;
  return `<table class="roles"><thead><tr><th scope="col">Section</th>${roleHeads(b)}<th scope="col" class="num">Perception gap</th></tr></thead><tbody>
${rows}
</tbody><tfoot>${foot}</tfoot></table>`;
}

function roleRadar(m: ScoreResult, b: RoleBreakdown): string {
  if (m.sections.length < 3 || visibleGroups(b).length === 0) return '';
  return `<figure class="wide">${radar({
    title: `${m.questionnaire.title}: section scores by role`,
    axes: m.sections.map((s) => s.title),
    series: visibleGroups(b).map((g) => ({ name: `${g.role} (n = ${g.respondents})`, values: g.result.sections.map((s) => s.score) })),
    targets: m.sections.map((s) => s.target),
  })}<figcaption>One line per role; the dashed line is the target.</figcaption></figure>`;
}

function questionGapsTable(m: ScoreResult, b: RoleBreakdown): string {
  if (b.questionGaps.length === 0) return '<p class="muted">Needs both leaders (executive or manager) and frontline respondents.</p>';
  const sectionTitle = new Map(m.sections.map((s) => [s.id, s.title]));
  const rows = b.questionGaps
    .map(
      (q) =>
        `<tr><td>${esc(q.text)}</td><td>${esc(sectionTitle.get(q.section) ?? q.section)}</td><td class="num">${percent(q.leaders)}</td><td class="num">${percent(q.frontline)}</td><td class="num"><strong>${signed(q.diff, 'to-fixed')}</strong><br><span class="muted small">${
          q.diff > 0 ? 'leaders higher' : q.diff < 0 ? 'frontline higher' : 'no difference'
        }</span></td></tr>`,
    )
    .join('');
  return `<table class="question-gaps"><thead><tr><th scope="col">Question</th><th scope="col">Section</th><th scope="col" class="num">Leaders</th><th scope="col" class="num">Frontline</th><th scope="col" class="num">Difference</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function roles(m: ScoreResult, b: RoleBreakdown): string {
  return `<section class="break"><h2>By role: the perception gap</h2>
<p class="muted small">Each role's section scores side by side. The perception gap is the highest role score minus the lowest for each section.</p>
${perceptionTable(m, b)}
${smallGroupNote(b, 'scores')}
${roleRadar(m, b)}
<h3>Where leaders and the front line differ most</h3>
<p class="muted small">Leaders are executives and managers. A positive difference means leaders rate the practice higher than the people who deliver it.</p>
${questionGapsTable(m, b)}
</section>`;
}
