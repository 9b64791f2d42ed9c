// `icare compare --format html`: two rounds side by side on one self-contained, printable page.
import type { CompareResult, ScoreChange } from '../../core/scoring/compare.js';
import type { CompareReport } from './result.js';
import type { ScoreResult } from '../../core/scoring/scoreResult.js';
import type { RenderContext } from '../context.js';
import { escapeHtml as esc } from '../html/escapeHtml.js';
import { statusClass } from '../html/gapStatus.js';
import { page } from '../html/page.js';
import { pairedBars } from '../svg/bars.js';
import { dateRange } from '../text/dateRange.js';
import { fixed, isScore, NOT_ASSESSED, percent, signed } from '../text/format.js';
import { plural } from '../text/plural.js';

export function html(result: CompareReport, ctx: RenderContext): string {
  const { before, after } = result;
  const orgs = [...new Set([...before.organisations, ...after.organisations])];
  const beforeName = `Before (${roundName(before)})`;
  const afterName = `After (${roundName(after)})`;
  const title = [orgs.length ? orgs.join(', ') : undefined, `${result.questionnaire.title}: before and after`].filter(Boolean).join(' — ');
  const targets = new Map(after.sections.map((s) => [s.id, s.target]));

  const chart = pairedBars({
    title: `${result.questionnaire.title}: section scores before and after`,
    rows: result.sections.map((c) => ({ label: c.title, before: c.before, after: c.after, ...(targets.has(c.id) && { target: targets.get(c.id)! }) })),
    beforeLabel: beforeName,
    afterLabel: afterName,
  });

  const body = `<section class="report compare">
<header class="report-header">
<div class="kicker">Customer-service maturity: progress report</div>
<h1>${esc(orgs.length ? orgs.join(', ') : 'Service maturity assessment')}</h1>
<div class="subtitle">${esc(result.questionnaire.title)} <span class="small">· version ${esc(result.questionnaire.version)}</span></div>
<dl class="meta">
<div><dt>Before</dt><dd>${esc(roundName(before))} · ${esc(respondents(before))}</dd></div>
<div><dt>After</dt><dd>${esc(roundName(after))} · ${esc(respondents(after))}</dd></div>
</dl>
</header>
${headline(result.overall, before, after)}
<section><h2>Sections before and after</h2>
<figure class="wide">${chart}<figcaption>Light bars: before. Dark bars: after. Dashed ticks: targets. Scale 0–100.</figcaption></figure>
</section>
<section class="break"><h2>Change by section</h2>
<p class="muted small">Improved and regressed sections first, largest change first; then the rest. Change is in points out of 100.</p>
${sectionTable(result, beforeName, afterName)}
</section>
${questionTable(result)}
</section>`;
  return page({ title, body, version: ctx.version });
}

function roundName(r: ScoreResult): string {
  return dateRange(r.dates, { none: 'undated', to: ' – ' });
}

function respondents(r: ScoreResult): string {
  return plural(r.respondents, 'respondent');
}

/** ▲/▼ with a colour and the word, so the direction reads in greyscale too. */
function changeHtml(c: ScoreChange): string {
  switch (c.direction) {
    case 'improved':
      return `<span class="change-up"><strong>▲ ${signed(c.change ?? 0, 'to-fixed')}</strong> <span class="small">improved</span></span>`;
    case 'regressed':
      return `<span class="change-down"><strong>▼ ${signed(c.change ?? 0, 'to-fixed')}</strong> <span class="small">regressed</span></span>`;
    case 'within-noise':
      return `<span class="change-flat">≈ ${signed(c.change ?? 0, 'to-fixed')} <span class="small">within noise</span></span>`;
    case 'unchanged':
      return `<span class="change-flat">= ${signed(c.change ?? 0, 'to-fixed')} <span class="small">unchanged</span></span>`;
    case 'not-comparable':
      return `<span class="change-flat small">not comparable</span>`;
  }
}

function levelChange(c: ScoreChange): string {
  const b = c.levelBefore ?? NOT_ASSESSED;
  const a = c.levelAfter ?? NOT_ASSESSED;
  return b === a ? `${esc(a)} <span class="muted small">(same)</span>` : `${esc(b)} → <strong>${esc(a)}</strong>`;
}

function headline(o: ScoreChange, before: ScoreResult, after: ScoreResult): string {
  const status = statusClass(after.gap);
  return `<div class="headline four">
<div class="card"><div class="label">Overall before</div><div class="value">${percent(o.before)}</div><div class="note">${esc(roundName(before))}</div></div>
<div class="card overall"><div class="label">Overall after</div><div class="value big ${status}">${isScore(o.after) ? `${fixed(o.after)}<span class="unit">%</span>` : NOT_ASSESSED}</div><div class="note">${esc(
    roundName(after),
  )} · target ${percent(after.target)}</div></div>
<div class="card"><div class="label">Change</div><div class="value">${changeHtml(o)}</div><div class="note">points out of 100</div></div>
<div class="card"><div class="label">Maturity level</div><div class="value wrap" style="font-size:20px">${levelChange(o)}</div></div>
</div>`;
}

function sectionTable(r: CompareResult, beforeName: string, afterName: string): string {
  const rows = r.sections
    .map(
      (c) =>
        `<tr class="section-row"><th scope="row">${esc(c.title)}</th><td class="num">${percent(c.before)}</td><td class="num"><strong>${percent(c.after)}</strong></td><td class="num">${changeHtml(
          c,
        )}</td><td>${levelChange(c)}</td></tr>`,
    )
    .join('\n');
  const o = r.overall;
  return `<table class="changes">
<thead><tr><th scope="col">Section</th><th scope="col" class="num">${esc(beforeName)}</th><th scope="col" class="num">${esc(afterName)}</th><th scope="col" class="num">Change</th><th scope="col">Level before → after</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">Overall</th><td class="num">${percent(o.before)}</td><td class="num">${percent(o.after)}</td><td class="num">${changeHtml(o)}</td><td>${levelChange(o)}</td></tr></tfoot>
</table>`;
}

function questionTable(r: CompareResult): string {
  if (r.questions.length === 0) return `<section><h2>Questions that moved most</h2><p>No question's score changed.</p></section>`;
  const titles = new Map(r.after.sections.map((s) => [s.id, s.title]));
  const rows = r.questions
    .map((q) => {
      const up = q.change > 0;
      return `<tr><td>${esc(q.text)}</td><td>${esc(titles.get(q.section) ?? q.section)}</td><td class="num">${percent(q.before)}</td><td class="num">${percent(q.after)}</td><td class="num ${
        up ? 'change-up' : 'change-down'
      }"><strong>${up ? '▲' : '▼'} ${signed(q.change, 'to-fixed')}</strong> <span class="small">${up ? 'improved' : 'regressed'}</span></td></tr>`;
    })
    .join('\n');
  return `<section><h2>Questions that moved most</h2>
<table class="question-changes"><thead><tr><th scope="col" style="width:45%">Question</th><th scope="col">Section</th><th scope="col" class="num">Before</th><th scope="col" class="num">After</th><th scope="col" class="num">Change</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}
