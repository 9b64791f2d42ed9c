// `--by role`: each visible group's section scores side by side with a legend for their colours,
// a radar with one distinct line per group, and the groups hidden to protect their members named.
import { hiddenGroups, visibleGroups, type RoleBreakdown, type VisibleGroup } from '../../../core/scoring/groups.js';
import type { ScoreResult, SectionResult } from '../../../core/scoring/scoreResult.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { statusClass, statusLegend } from '../../html/gapStatus.js';
import { scoreHtml } from '../../html/scoreHtml.js';
import { radar } from '../../svg/radar.js';
import { fixed, isScore, points } from '../../text/format.js';
import { hiddenGroupText, pooledText } from '../../text/honestWords.js';
import { leadersVsFrontline } from './leadersVsFrontline.js';
import { scoredSections } from './overview.js';

/** One column head per visible group: its name, size and, for the pool, the roles in it. */
export function roleHeads(b: RoleBreakdown): string {
  return visibleGroups(b)
    .map(
      (g) =>
        `<th scope="col" class="num">${esc(g.role)}<br><span class="muted small head-note">n = ${g.respondents}${g.pooled ? `<br>${esc(pooledText(g.pooled))}` : ''}</span></th>`,
    )
    .join('');
}

/** Each hidden group named, with why; nothing else of it. */
export function hiddenGroupNote(b: RoleBreakdown): string {
  const hidden = hiddenGroups(b);
  return hidden.length ? `<p class="hidden-groups">${hidden.map((g) => `<strong>${esc(g.role)}</strong>: ${esc(hiddenGroupText(b.minGroup))}`).join('; ')}.</p>` : '';
}

/** A verdict mark beside the colour, so a greyscale print still says it. */
const MARKS = { 'on-target': '✓', 'below-target': '▼', 'insufficient-data': '?', 'not-assessed': '' } as const;

function sectionCell(s: SectionResult | undefined): string {
  if (!s) return '<td class="num muted">—</td>';
  const mark = MARKS[s.verdict];
  return `<td class="num ${statusClass(s)}">${scoreHtml(s)}${mark ? ` <span class="mark">${mark}</span>` : ''}</td>`;
}

function perceptionTable(m: ScoreResult, b: RoleBreakdown, groups: readonly VisibleGroup[]): string {
  const rows = scoredSections(m)
    .map((s) => {
      const cells = groups.map((g) => sectionCell(g.result.sections.find((x) => x.id === s.id))).join('');
      const p = b.perception.find((x) => x.section === s.id);
      const gap =
        p && isScore(p.gap) && p.high && p.low
          ? `<strong>${points(p.gap)}</strong><br><span class="muted small">${esc(p.high.role)} ${fixed(p.high.score)} · ${esc(p.low.role)} ${fixed(p.low.score)}</span>`
          : '<span class="muted">—</span>';
      return `<tr><th scope="row">${esc(s.title)}</th>${cells}<td class="num">${gap}</td></tr>`;
    })
    .join('\n');
  const overall = groups.map((g) => g.result.score).filter(isScore);
  const overallGap = overall.length >= 2 ? points(Math.max(...overall) - Math.min(...overall)) : '—';
  const foot = `<tr><th scope="row">Overall</th>${groups
    .map((g) => `<td class="num ${statusClass(g.result)}">${scoreHtml(g.result)}${MARKS[g.result.verdict] ? ` <span class="mark">${MARKS[g.result.verdict]}</span>` : ''}</td>`)
    .join('')}<td class="num">${overallGap}</td></tr>`;
  return `<table class="roles"><thead><tr><th scope="col">Section</th>${roleHeads(b)}<th scope="col" class="num">Perception gap</th></tr></thead><tbody>
${rows}
</tbody><tfoot>${foot}</tfoot></table>
<p class="legend-note">${statusLegend(groups.flatMap((g) => [g.result, ...scoredSections(g.result)]))}<br>Each cell: the group's score out of 100 with its 95% interval. The perception gap is the highest group score minus the lowest for each section.</p>`;
}

function roleRadar(m: ScoreResult, groups: readonly VisibleGroup[]): string {
  const sections = scoredSections(m);
  if (sections.length < 3 || groups.length === 0) return '';
  return `<figure class="wide">${radar({
    title: `${m.questionnaire.title}: section scores by role`,
    axes: sections.map((s) => s.title),
    series: groups.map((g) => ({ name: `${g.role} (n = ${g.respondents})`, values: sections.map((s) => g.result.sections.find((x) => x.id === s.id)?.score ?? null) })),
    targets: sections.map((s) => s.target),
  })}<figcaption>One line per group, each with its own colour, dash and marker (see the legend); the wide grey band is the target. Hidden groups are not drawn.</figcaption></figure>`;
}

export function roles(m: ScoreResult, b: RoleBreakdown): string {
  const groups = visibleGroups(b);
  const table = groups.length > 0 ? perceptionTable(m, b, groups) : `<p>No group is large enough to show on its own.</p>`;
  return `<section class="break"><h2>By role: the perception gap</h2>
<p class="muted small">Each group's section scores side by side. ${
    b.minGroup > 1
      ? `Groups of fewer than ${b.minGroup} respondents are not shown, and small roles may be pooled into "other roles", so that no one's answers can be picked out.`
      : 'Every group is shown, however small (--min-group 1): a small group\'s answers can be told apart.'
  }</p>
${hiddenGroupNote(b)}
${table}
${roleRadar(m, groups)}
${leadersVsFrontline(m, b)}
</section>`;
}
