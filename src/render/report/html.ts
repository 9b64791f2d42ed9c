// `icare report --format html`: one self-contained, printable page per run, one section per
// questionnaire, with a radar of section scores against targets, the scorecard and the plan.
import type { RoleBreakdown } from '../../core/scoring/groups.js';
import type { ChangeDirection } from '../../core/scoring/compare.js';
import type { ScoreTrend, TrendRow } from '../../core/scoring/scoreTrend.js';
import type { NoteRef, NpsMetric, ScoreResult, SectionResult } from '../../core/scoring/score.js';
import type { RenderContext } from '../context.js';
import { escapeHtml as esc } from '../html/escapeHtml.js';
import { gapHtml, STATUS_COLOURS, statusClass } from '../html/gapStatus.js';
import { page } from '../html/page.js';
import { scoreBar } from '../svg/bars.js';
import { radar } from '../svg/radar.js';
import { trend } from '../svg/trend.js';
import { dateRange } from '../text/dateRange.js';
import { fixed, gapStatus, isScore, NOT_ASSESSED, percent, points, signed } from '../text/format.js';
import { plural } from '../text/plural.js';
import { respondentSummary } from '../text/respondentSummary.js';
import type { ReportResult } from './result.js';

export function html(results: readonly ReportResult[], ctx: RenderContext): string {
  const orgs = [...new Set(results.flatMap((r) => r.main.organisations))];
  const titles = results.map((r) => r.main.questionnaire.title);
  const title = [orgs.length ? orgs.join(', ') : undefined, titles.length === 1 ? titles[0] : 'Customer-service maturity report'].filter(Boolean).join(' — ');
  const contents =
    results.length > 1
      ? `<nav class="contents" aria-label="Questionnaires"><strong>In this report</strong><ol>${results
          .map((r, i) => `<li><a href="#report-${i + 1}">${esc(r.main.questionnaire.title)}</a> <span class="muted">${overallLine(r.main)}</span></li>`)
          .join('')}</ol></nav>`
      : '';
  const body = contents + results.map((r, i) => report(r, i + 1)).join('\n');
  return page({ title: title || 'icare report', body, version: ctx.version });
}

function overallLine(m: ScoreResult): string {
  return esc(isScore(m.score) ? `${percent(m.score)}${m.level ? ` · ${m.level}` : ''}` : NOT_ASSESSED);
}

function report(r: ReportResult, n: number): string {
  const m = r.main;
  return [
    `<section class="report" id="report-${n}">`,
    header(r),
    headline(m),
    overview(m),
    disagreements(m),
    `<section class="break"><h2>Scorecard</h2>${scorecard(m)}</section>`,
    priorities(m),
    nps(m, r.byRole),
    r.byRole ? roles(m, r.byRole) : '',
    r.trend && r.trend.rounds.length > 0 ? trends(r.trend) : '',
    actionPlan(m),
    comments(m),
    `</section>`,
  ]
    .filter(Boolean)
    .join('\n');
}

// ---- header and headline ----

function header(r: ReportResult): string {
  const m = r.main;
  const org = m.organisations.length ? m.organisations.join(', ') : 'Service maturity assessment';
  return `<header class="report-header">
<div class="kicker">Customer-service maturity report</div>
<h1>${esc(org)}</h1>
<div class="subtitle">${esc(m.questionnaire.title)} <span class="small">· version ${esc(m.questionnaire.version)}</span></div>
<dl class="meta">
<div><dt>${m.respondents.length === 1 ? 'Respondent' : 'Respondents'}</dt><dd>${esc(respondentSummary(m.respondents, r.roleCounts, 'page'))}</dd></div>
<div><dt>${m.dates.length > 1 ? 'Dates' : 'Date'}</dt><dd>${esc(dateRange(m.dates, { none: 'not dated', to: ' – ' }))}</dd></div>
<div><dt>Questionnaire</dt><dd>${esc(m.questionnaire.id)}</dd></div>
</dl>
</header>`;
}

function coverageRatio(c: { answered: number; total: number }): string {
  return c.total > 0 ? `${Math.round((100 * c.answered) / c.total)}%` : '0%';
}

function headline(m: ScoreResult): string {
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

// ---- radar and levels ----

function overview(m: ScoreResult): string {
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

function disagreements(m: ScoreResult): string {
  const split = m.sections.filter((s) => s.disagreement && s.spread);
  if (split.length === 0) return '';
  return `<div class="callout"><strong>⚑ Respondents disagree</strong> on ${split
    .map((s) => `${esc(s.title)} (${fixed(s.spread!.min)}–${fixed(s.spread!.max)})`)
    .join(', ')}: their own scores for ${split.length === 1 ? 'this section' : 'these sections'} are 40 points or more apart. Talk it through before acting on the average.</div>`;
}

// ---- scorecard ----

function spreadCell(s: SectionResult): string {
  if (!s.spread || s.spread.respondents < 2) return '<span class="muted">—</span>';
  const flag = s.disagreement ? `<br><span class="flag alert">⚑ disagreement</span>` : '';
  return `${fixed(s.spread.min)}–${fixed(s.spread.max)}<br><span class="muted small">sd ${fixed(s.spread.sd)} · n = ${s.spread.respondents}</span>${flag}`;
}

function scorecard(m: ScoreResult): string {
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

function priorities(m: ScoreResult): string {
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

// ---- customer metrics ----

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

function nps(m: ScoreResult, roles: RoleBreakdown | undefined): string {
  if (m.nps.length === 0) return '';
  const cards = m.nps
    .map(
      (x) => `<div class="card"><div class="label">${x.variant === 'binary' ? 'Would recommend (yes/no)' : 'Net Promoter Score'}</div><div class="value">${npsValue(x)}</div><div class="note">${esc(
        npsCounts(x),
      )}</div><div class="note">${esc(x.text)}</div></div>`,
    )
    .join('');
  let byRole = '';
  if (roles && roles.roles.length > 0) {
    const head = roles.roles.map((g) => `<th scope="col" class="num">${roleHead(g.role, g.respondents, g.small)}</th>`).join('');
    const rows = m.nps
      .map((x, i) => {
        const cells = roles.roles
          .map((g) => {
            const r = g.result.nps[i];
            return `<td class="num">${r ? `${npsValue(r)}<br><span class="muted small">n = ${r.respondents}</span>` : '—'}</td>`;
          })
          .join('');
        return `<tr><th scope="row">${esc(x.text)}</th>${cells}</tr>`;
      })
      .join('');
    const small = roles.roles.some((g) => g.small) ? `<p class="legend-note">* Small group: fewer than ${roles.minGroup} respondents; read its figures with care.</p>` : '';
    byRole = `<h3>By role</h3><table class="nps-roles"><thead><tr><th scope="col">Metric</th>${head}</tr></thead><tbody>${rows}</tbody></table>${small}`;
  }
  return `<section><h2>Customer metrics</h2><p class="muted small">Reported alongside the maturity score, never part of it. Classic NPS = % promoters (9–10) − % detractors (0–6), from −100 to +100; the yes/no variant is the share answering yes.</p><div class="metrics">${cards}</div>${byRole}</section>`;
}

// ---- roles ----

function roleHead(role: string, respondents: number, small: boolean): string {
  return `${esc(role)}<br><span class="muted small" style="text-transform:none;letter-spacing:0">n = ${respondents}${small ? ' · <span class="flag warn">small group*</span>' : ''}</span>`;
}

function roles(m: ScoreResult, b: RoleBreakdown): string {
  const head = b.roles.map((g) => `<th scope="col" class="num">${roleHead(g.role, g.respondents, g.small)}</th>`).join('');
  const rows = m.sections
    .map((s, i) => {
      const cells = b.roles
        .map((g) => {
          const rs = g.result.sections[i];
          return `<td class="num ${statusClass(rs?.gap ?? null)}">${percent(rs?.score)}</td>`;
        })
        .join('');
      const p = b.perception[i];
      const gap =
        p && isScore(p.gap) && p.high && p.low
          ? `<strong>${points(p.gap)}</strong><br><span class="muted small">${esc(p.high.role)} ${fixed(p.high.score)} · ${esc(p.low.role)} ${fixed(p.low.score)}</span>`
          : '<span class="muted">—</span>';
      return `<tr><th scope="row">${esc(s.title)}</th>${cells}<td class="num">${gap}</td></tr>`;
    })
    .join('\n');
  const overall = b.roles.map((g) => g.result.score).filter(isScore);
  const overallGap = overall.length >= 2 ? points(Math.max(...overall) - Math.min(...overall)) : '—';
  const foot = `<tr><th scope="row">Overall</th>${b.roles.map((g) => `<td class="num ${statusClass(g.result.gap)}">${percent(g.result.score)}</td>`).join('')}<td class="num">${overallGap}</td></tr>`;
  const small = b.roles.some((g) => g.small)
    ? `<p class="legend-note">* Small group: fewer than ${b.minGroup} respondents; read its scores with care.</p>`
    : '';
  const chart =
    m.sections.length >= 3 && b.roles.length > 0
      ? `<figure class="wide">${radar({
          title: `${m.questionnaire.title}: section scores by role`,
          axes: m.sections.map((s) => s.title),
          series: b.roles.map((g) => ({ name: `${g.role} (n = ${g.respondents}${g.small ? ', small group' : ''})`, values: g.result.sections.map((s) => s.score) })),
          targets: m.sections.map((s) => s.target),
        })}<figcaption>One line per role; the dashed line is the target.</figcaption></figure>`
      : '';
  const sectionTitle = new Map(m.sections.map((s) => [s.id, s.title]));
  const questions = b.questionGaps.length
    ? `<table class="question-gaps"><thead><tr><th scope="col">Question</th><th scope="col">Section</th><th scope="col" class="num">Leaders</th><th scope="col" class="num">Frontline</th><th scope="col" class="num">Difference</th></tr></thead><tbody>${b.questionGaps
        .map(
          (q) =>
            `<tr><td>${esc(q.text)}</td><td>${esc(sectionTitle.get(q.section) ?? q.section)}</td><td class="num">${percent(q.leaders)}</td><td class="num">${percent(q.frontline)}</td><td class="num"><strong>${signed(q.diff, 'to-fixed')}</strong><br><span class="muted small">${q.diff > 0 ? 'leaders higher' : q.diff < 0 ? 'frontline higher' : 'no difference'}</span></td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="muted">Needs both leaders (executive or manager) and frontline respondents.</p>';
  return `<section class="break"><h2>By role: the perception gap</h2>
<p class="muted small">Each role's section scores side by side. The perception gap is the highest role score minus the lowest for each section.</p>
<table class="roles"><thead><tr><th scope="col">Section</th>${head}<th scope="col" class="num">Perception gap</th></tr></thead><tbody>
${rows}
</tbody><tfoot>${foot}</tfoot></table>
${small}
${chart}
<h3>Where leaders and the front line differ most</h3>
<p class="muted small">Leaders are executives and managers. A positive difference means leaders rate the practice higher than the people who deliver it.</p>
${questions}
</section>`;
}

// ---- trends ----

/** Class and arrow by direction: the arrow carries it in greyscale. */
const MOVED: Readonly<Record<ChangeDirection, { cls: string; mark: string }>> = {
  improved: { cls: 'change-up', mark: '▲ ' },
  regressed: { cls: 'change-down', mark: '▼ ' },
  unchanged: { cls: 'change-flat', mark: '' },
  'not-comparable': { cls: 'change-flat', mark: '' },
};

function trends(t: ScoreTrend): string {
  const labels = t.rounds.map((p) => p.date);
  const row = (r: TrendRow, strong: boolean): string => {
    const { cls, mark } = MOVED[r.direction];
    const chart = trend({ title: `${r.title} over time`, points: r.scores.map((v, i) => ({ label: labels[i] ?? '', value: v })), target: r.target });
    return `<tr><th scope="row">${strong ? `<strong>${esc(r.title)}</strong>` : esc(r.title)}</th><td>${chart}</td><td class="num">${percent(r.scores[0])}</td><td class="num">${percent(r.scores[r.scores.length - 1])}</td><td class="num ${cls}">${
      r.change === null ? '—' : `${mark}${signed(r.change, 'to-fixed')}`
    }</td></tr>`;
  };
  const rows = [row(t.overall, true), ...t.sections.map((r) => row(r, false))].join('\n');
  const rounds = t.rounds.map((p) => `${esc(p.date)} (${plural(p.respondents, 'respondent')})`).join(' → ');
  return `<section class="break"><h2>Trend over time</h2>
<p class="muted small">Rounds: ${rounds}. Each chart runs from 0 to 100; the dashed line is the target and the filled point the latest round.</p>
<table class="trends"><thead><tr><th scope="col">Section</th><th scope="col">Trend</th><th scope="col" class="num">First</th><th scope="col" class="num">Latest</th><th scope="col" class="num">Change</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

// ---- action plan and comments ----

function noteList(notes: readonly NoteRef[]): string {
  if (notes.length === 0) return '';
  return `<ul class="notes">${notes
    .map((n) => {
      const who = [n.respondent, n.role].filter((x): x is string => Boolean(x)).join(', ');
      return `<li>“${esc(n.note)}”${who ? ` <span class="who">— ${esc(who)}</span>` : ''}</li>`;
    })
    .join('')}</ul>`;
}

function actionPlan(m: ScoreResult): string {
  if (m.actions.length === 0) {
    return `<section class="break"><h2>Action plan</h2><p>No actions: every assessed section meets its target.</p></section>`;
  }
  const sections = new Map(m.sections.map((s) => [s.id, s]));
  const groups: string[] = [];
  let k = 0;
  m.priorities.forEach((id, pi) => {
    const actions = m.actions.filter((a) => a.section === id);
    if (actions.length === 0) return;
    const s = sections.get(id);
    const rows = actions
      .map(
        (a) => `<tr class="action"><td class="num muted">${++k}</td><td>${esc(a.text)}</td><td class="num">${percent(a.score)}</td><td class="num ${statusClass(a.gap)}">${points(a.gap)}</td><td><p class="rec">${esc(
          a.recommendation,
        )}</p>${noteList(a.notes)}</td></tr>`,
      )
      .join('\n');
    groups.push(
      `<tbody><tr class="group"><th colspan="5" scope="rowgroup">Priority ${pi + 1}: ${esc(s?.title ?? id)} <span class="muted">· ${percent(s?.score)} against ${percent(s?.target)}, gap ${points(s?.gap)}</span></th></tr>
${rows}
</tbody>`,
    );
  });
  return `<section class="break"><h2>Action plan</h2>
<p class="muted small">${plural(m.actions.length, 'action')}, by priority section; within a section, the questions furthest below target (by weight) come first. Score and gap are in points out of 100.</p>
<table class="actions"><thead><tr><th scope="col" class="num">#</th><th scope="col" style="width:30%">Question</th><th scope="col" class="num">Score</th><th scope="col" class="num">Gap</th><th scope="col">Recommendation and notes</th></tr></thead>
${groups.join('\n')}
</table></section>`;
}

function comments(m: ScoreResult): string {
  const withComments = m.sections.flatMap((s) => s.questions.filter((q) => q.comments.length > 0).map((q) => ({ s, q })));
  if (withComments.length === 0) return '';
  return `<section><h2>In respondents' words</h2>${withComments
    .map(({ s, q }) => `<h3>${esc(q.text)} <span class="muted small">· ${esc(s.title)}</span></h3>${noteList(q.comments)}`)
    .join('\n')}</section>`;
}
