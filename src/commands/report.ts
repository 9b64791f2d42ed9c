// `icare report`: score answers files and render the scorecard, priorities and action plan.
import { byRole } from '../core/scoring/groups.js';
import { history, roundOf } from '../core/scoring/history.js';
import { roleCounts } from '../core/scoring/roleCounts.js';
import { score } from '../core/scoring/score.js';
import { scoreTrend } from '../core/scoring/scoreTrend.js';
import type { ReportFormat } from '../render/report/formats.js';
import { reportRenderers } from '../render/report/registry.js';
import type { ReportResult } from '../render/report/result.js';
import { commandCatalog } from '../shell/catalog.js';
import { plainChalk, renderContext, type Context } from '../shell/context.js';
import { emit } from '../shell/output.js';
import { loadRespondents } from './loadRespondents.js';
import { printCatalogFindings } from './printFindings.js';

export interface ReportOptions {
  readonly files: readonly string[];
  readonly questionnaires: readonly string[];
  readonly format: ReportFormat;
  readonly out?: string;
  readonly force?: boolean;
  readonly all?: boolean;
  readonly target?: number;
  readonly by?: 'role';
  readonly minGroup: number;
  readonly history?: string;
}

export async function report(opts: ReportOptions, ctx: Context): Promise<number> {
  const source = await commandCatalog(ctx, opts.questionnaires);
  printCatalogFindings(ctx, source);
  const groups = await loadRespondents(ctx, source, opts.files);
  const earlier = opts.history ? await loadRespondents(ctx, source, [opts.history]) : [];
  const scoreOpts = opts.target === undefined ? {} : { target: opts.target };
  const results: ReportResult[] = groups.map(({ questionnaire: q, answers }) => {
    let rounds;
    if (opts.history) {
      // The current round joins the history unless the history folder already holds it.
      const seen = new Set(answers.map((a) => a.file));
      const past = (earlier.find((g) => g.questionnaire.id === q.id)?.answers ?? []).filter((a) => !seen.has(a.file));
      const currentRounds = new Set(answers.map(roundOf));
      rounds = history(q, [...past.filter((a) => !currentRounds.has(roundOf(a))), ...answers], scoreOpts);
    }
    const main = score(q, answers, scoreOpts);
    return {
      main,
      roleCounts: roleCounts(main.respondents),
      ...(opts.by === 'role' && { byRole: byRole(q, answers, scoreOpts, opts.minGroup) }),
      ...(rounds && { trend: scoreTrend(main, rounds) }),
      showAll: opts.all === true,
    };
  });
  return emit(ctx, reportRenderers[opts.format](results, renderContext(ctx, opts.out ? plainChalk : ctx.chalk)), opts.out, opts.force);
}
