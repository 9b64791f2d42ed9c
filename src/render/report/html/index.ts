// `icare report --format html`: one self-contained, printable page per run, one section per
// questionnaire, with a radar of section scores against targets, the scorecard and the plan.
// Each part of a questionnaire's section is rendered by its own module in this folder.
import type { ScoreResult } from '../../../core/scoring/scoreResult.js';
import type { RenderContext } from '../../context.js';
import { escapeHtml as esc } from '../../html/escapeHtml.js';
import { page } from '../../html/page.js';
import { scoreWithInterval, REVERSE_LEGEND, VERDICT_WORDS } from '../../text/honestWords.js';
import type { ReportResult } from '../result.js';
import { actionPlan } from './actionPlan.js';
import { comments } from './comments.js';
import { customerMetrics } from './customerMetrics.js';
import { deliveryGapSection } from './deliveryGap.js';
import { header, headline, notices } from './header.js';
import { disagreements, overview } from './overview.js';
import { priorities } from './priorities.js';
import { questions } from './questions.js';
import { roles } from './roles.js';
import { scorecard } from './scorecard.js';
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

/** "57.4 (52.0–62.8) · below target · Developing": the verdict and level only where there is one. */
function overallLine(m: ScoreResult): string {
  const verdict = m.verdict === 'on-target' || m.verdict === 'below-target' || m.verdict === 'insufficient-data' ? ` · ${VERDICT_WORDS[m.verdict]}` : '';
  return esc(`${scoreWithInterval(m.score, m.interval, m.n)}${verdict}${m.level ? ` · ${m.level}` : ''}`);
}

/** The reverse mark's legend, once per questionnaire, when one of its questions is reverse-scored. */
function reverseLegend(m: ScoreResult): string {
  return m.sections.some((s) => s.questions.some((q) => q.reverse)) ? `<p class="key-line">${esc(REVERSE_LEGEND)}.</p>` : '';
}

function report(r: ReportResult, n: number): string {
  const m = r.main;
  return [
    `<section class="report" id="report-${n}">`,
    header(r),
    notices(r),
    headline(m),
    reverseLegend(m),
    overview(m),
    disagreements(m),
    `<section class="break"><h2>Scorecard</h2>${scorecard(m)}</section>`,
    priorities(m, r.deliveryGap),
    r.deliveryGap ? deliveryGapSection(r.deliveryGap) : '',
    customerMetrics(m, r.byRole),
    r.byRole ? roles(m, r.byRole) : '',
    r.trend && r.trend.rounds.length > 0 ? trends(r.trend) : '',
    actionPlan(m),
    questions(m),
    comments(m),
    `</section>`,
  ]
    .filter(Boolean)
    .join('\n');
}
