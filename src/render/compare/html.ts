// `icare compare --format html`: two rounds side by side on one self-contained, printable page.
// Every score carries its interval and every change the noise it was tested against.
import type { CompareResult, QuestionChange, ScoreChange } from '../../core/scoring/compare.js';
import type { ScoreResult } from '../../core/scoring/scoreResult.js';
import type { RenderContext } from '../context.js';
import { changeHtml } from '../html/changeHtml.js';
import { escapeHtml as esc } from '../html/escapeHtml.js';
import { statusClass, verdictBadge } from '../html/gapStatus.js';
import { page } from '../html/page.js';
import { questionText } from '../html/questionText.js';
import { scoreHtml } from '../html/scoreHtml.js';
import { pairedBars } from '../svg/bars.js';
import { dateRange } from '../text/dateRange.js';
import { fixed, scoreFigure } from '../text/format.js';
import { respondentsText, REVERSE_LEGEND } from '../text/honestWords.js';
import { sideWarnings } from './compareWords.js';
import type { CompareReport } from './result.js';

export function html(result: CompareReport, ctx: RenderContext): string {
  const { before, after } = result;
  const orgs = [...new Set([...before.organisations, ...after.organisations])];
  const beforeName = `Before (${roundName(before)})`;
  const afterName = `After (${roundName(after)})`;
  const title = [orgs.length ? orgs.join(', ') : undefined, `${result.questionnaire.title}: before and after`].filter(Boolean).join(' — ');
  const targets = new Map(after.sections.map((s) => [s.id, s.target]));
  const chart = pairedBars({
    title: `${result.questionnaire.title}: section scores before and after`,
    rows: result.sections.map((c) => ({ label: c.title, before: c.before, after: c.after, intervalBefore: c.intervalBefore, intervalAfter: c.intervalAfter, ...(targets.has(c.id) && { target: targets.get(c.id)! }) })),
    beforeLabel: beforeName,
    afterLabel: afterName,
  });
  const body = `<section class="report compare">
<header class="report-header">
<div class="kicker">Customer-service maturity: progress report</div>
<h1>${esc(orgs.length ? orgs.join(', ') : 'Service maturity assessment')}</h1>
<div class="subtitle">${esc(result.questionnaire.title)} <span class="small">· version ${esc(result.questionnaire.version)}</span></div>
<dl class="meta">
<div><dt>Before</dt><dd>${esc(roundName(before))} · ${esc(respondentsText(before.respondents, before.inProgress))}</dd></div>
<div><dt>After</dt><dd>${esc(roundName(after))} · ${esc(respondentsText(after.respondents, after.inProgress))}</dd></div>
</dl>
</header>
${warningsHtml(result)}${headline(result.overall, before, after)}
<section><h2>Sections before and after</h2>
<figure class="wide">${chart}<figcaption>Light bars: before. Dark bars: after. Whiskers: 95% intervals. Dashed ticks: targets. Scale 0–100.</figcaption></figure>
</section>
<section class="break"><h2>Change by section</h2>
<p class="muted small">Sections that moved beyond the noise first, largest change first; then the rest. Scores are out of 100 with their 95% interval; a change is improved or regressed only when it is larger than the noise of both intervals, otherwise it is within the noise.</p>
${sectionTable(result, beforeName, afterName)}
</section>
${questionTable(result)}
</section>`;
  return page({ title, body, version: ctx.version });
}

function warningsHtml(r: CompareReport): string {
  const lines = sideWarnings(r);
  return lines.length ? `<section class="notices"><h2>Before you read this</h2><ul class="warnings">${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></section>\n` : '';
}

function roundName(r: ScoreResult): string {
  return dateRange(r.dates, { none: 'undated', to: ' – ' });
}

/** The level only where a verdict allows one. */
function levelChange(c: ScoreChange): string {
  const b = c.levelBefore ?? 'no level';
  const a = c.levelAfter ?? 'no level';
  return b === a ? `${esc(a)} <span class="muted small">(same)</span>` : `${esc(b)} → <strong>${esc(a)}</strong>`;
}

function headline(o: ScoreChange, before: ScoreResult, after: ScoreResult): string {
  return `<div class="headline four">
<div class="card"><div class="label">Overall before</div><div class="value">${scoreHtml(before)}</div><div class="note">${esc(roundName(before))} · ${verdictBadge(before.verdict)}</div></div>
<div class="card overall"><div class="label">Overall after</div><div class="value big ${statusClass(after)}">${scoreHtml(after)}</div><div class="note">${esc(roundName(after))} · target ${scoreFigure(after.target)} · ${verdictBadge(
    after.verdict,
  )}</div></div>
<div class="card"><div class="label">Change</div><div class="value change-value">${changeHtml(o)}</div><div class="note">points out of 100</div></div>
<div class="card"><div class="label">Maturity level</div><div class="value wrap" style="font-size:20px">${levelChange(o)}</div></div>
</div>`;
}

function sectionTable(r: CompareResult, beforeName: string, afterName: string): string {
  const row = (c: ScoreChange, strong: boolean): string =>
    `<th scope="row">${esc(c.title)}</th><td class="num">${scoreHtml({ score: c.before, interval: c.intervalBefore })}</td><td class="num">${scoreHtml({ score: c.after, interval: c.intervalAfter }, strong)}</td><td class="num">${changeHtml(
      c,
    )}</td><td>${levelChange(c)}</td>`;
  return `<table class="changes">
<thead><tr><th scope="col">Section</th><th scope="col" class="num">${esc(beforeName)}</th><th scope="col" class="num">${esc(afterName)}</th><th scope="col" class="num">Change</th><th scope="col">Level before → after</th></tr></thead>
<tbody>
${r.sections.map((c) => `<tr class="section-row">${row(c, true)}</tr>`).join('\n')}
</tbody>
<tfoot><tr>${row(r.overall, false)}</tr></tfoot>
</table>`;
}

function questionRow(q: QuestionChange, titles: ReadonlyMap<string, string>): string {
  return `<tr><td>${questionText(q)}</td><td>${esc(titles.get(q.section) ?? q.section)}</td><td class="num">${fixed(q.before)}</td><td class="num">${fixed(q.after)}</td><td class="num">${changeHtml(q)}</td></tr>`;
}

function questionTable(r: CompareResult): string {
  if (r.questions.length === 0) return `<section><h2>Questions that moved most</h2><p>No question's score changed.</p></section>`;
  const titles = new Map(r.after.sections.map((s) => [s.id, s.title]));
  const up = r.questions.filter((q) => q.change > 0);
  const down = r.questions.filter((q) => q.change < 0);
  const group = (name: string, list: readonly QuestionChange[]): string =>
    list.length ? `<tbody><tr class="group"><th colspan="5" scope="rowgroup">${name}</th></tr>\n${list.map((q) => questionRow(q, titles)).join('\n')}\n</tbody>` : '';
  const reverse = r.questions.some((q) => q.reverse) ? ` <span class="reverse-legend">${esc(REVERSE_LEGEND)}.</span>` : '';
  return `<section><h2>Questions that moved most</h2>
<p class="muted small">The largest rises and the largest falls, each tested against its own noise.${reverse}</p>
<table class="question-changes"><thead><tr><th scope="col" style="width:45%">Question</th><th scope="col">Section</th><th scope="col" class="num">Before</th><th scope="col" class="num">After</th><th scope="col" class="num">Change</th></tr></thead>
${group('Largest rises', up)}
${group('Largest falls', down)}
</table></section>`;
}
