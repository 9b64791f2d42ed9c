// `icare report --format html`: one self-contained, printable page per run, one section per
// questionnaire, with a radar of section scores against targets, the scorecard and the plan.
// Each part of a questionnaire's section is rendered by its own module in this folder.
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import type { RenderContext } from '../../context.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { page } from '../../html/page.js';
import { isScore, NOT_ASSESSED, percent } from '../../text/format.js';
import type { ReportResult } from '../result.js';
import { actionPlan } from './actionPlan.js';
import { comments } from './comments.js';
import { customerMetrics } from './customerMetrics.js';
import { header, headline } from './header.js';
import { disagreements, overview } from './overview.js';
import { roles } from './roles.js';
import { priorities, scorecard } from './scorecard.js';
import { trends } from './trends.js';

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
    customerMetrics(m, r.byRole),
    r.byRole ? roles(m, r.byRole) : '',
    r.trend && r.trend.rounds.length > 0 ? trends(r.trend) : '',
    actionPlan(m),
    comments(m),
    `</section>`,
  ]
    .filter(Boolean)
    .join('\n');
}
