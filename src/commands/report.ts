// `icare report`: score answers files and render the scorecard, priorities and action plan.
import { byRole } from '../core/scoring/groups.js';
import { history } from '../core/scoring/history.js';
import { roleCounts } from '../core/scoring/roleCounts.js';
import { scoreSample } from '../core/scoring/score.js';
import { scoreTrend } from '../core/scoring/scoreTrend.js';
import type { ReportFormat } from '../render/report/formats.js';
import { reportRenderers } from '../render/report/registry.js';
import type { ReportResult } from '../render/report/result.js';
import { commandCatalog } from '../shell/catalog.js';
import { plainChalk, renderContext, type Context } from '../shell/context.js';
import { emit } from '../shell/output.js';
import { loadSamples } from './loadSamples.js';
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
  const samples = await loadSamples(ctx, source, opts.files);
  const earlier = opts.history ? await loadSamples(ctx, source, [opts.history]) : [];
  const scoreOpts = opts.target === undefined ? {} : { target: opts.target };
  const results: ReportResult[] = samples.map((sample) => {
    const main = scoreSample(sample, scoreOpts);
    const past = earlier.find((e) => e.layout.questionnaire.id === sample.layout.questionnaire.id);
    return {
      main,
      roleCounts: roleCounts(main.roles),
      ...(opts.by === 'role' && { byRole: byRole(sample, scoreOpts, opts.minGroup) }),
      ...(opts.history && { trend: scoreTrend(main, history(sample, past, scoreOpts)) }),
      showAll: opts.all === true,
    };
  });
  return emit(ctx, reportRenderers[opts.format](results, renderContext(ctx, opts.out ? plainChalk : ctx.chalk)), opts.out, opts.force);
}
