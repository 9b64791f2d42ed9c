// `icare report`: score answers files and CSV exports and render the scorecard, priorities and
// action plan; with --history the trend, with --customers the delivery gap.
import { byRole } from '../core/scoring/groups.js';
import { history } from '../core/scoring/history.js';
import { dropDuplicates, responseHygiene, shareableWarnings } from '../core/scoring/hygiene.js';
import { roleCounts } from '../core/scoring/roleCounts.js';
import { tallies } from '../core/scoring/sample.js';
import { scoreSample } from '../core/scoring/score.js';
import type { ScoreOptions } from '../core/scoring/scoreResult.js';
import { scoreTrend } from '../core/scoring/scoreTrend.js';
import type { ReportFormat } from '../render/report/formats.js';
import { reportRenderers } from '../render/report/registry.js';
import type { ReportResult } from '../render/report/result.js';
import { sanitised } from '../render/text/sanitised.js';
import { commandCatalog } from '../shell/catalog.js';
import type { Context } from '../shell/context.js';
import { emit, resultContext, type ResultOptions } from '../shell/output.js';
import { UserError } from '../shell/userError.js';
import { customersGap } from './customers.js';
import { exportReading, type ExportFlags } from './exportReading.js';
import { loadSamples } from './loadSamples.js';
import { printCatalogFindings, printWarningFiles } from './printFindings.js';

export interface ReportOptions extends ExportFlags, ResultOptions<ReportFormat> {
  readonly files: readonly string[];
  readonly all?: boolean;
  readonly target?: number;
  readonly by?: 'role';
  readonly minGroup: number;
  readonly names?: boolean;
  readonly population?: number;
  readonly history?: string;
  readonly customers?: readonly string[];
  readonly customersQuestionnaire?: string;
}

export async function report(opts: ReportOptions, ctx: Context): Promise<number> {
  const source = await commandCatalog(ctx, opts.questionnaires);
  printCatalogFindings(ctx, source);
  const reading = exportReading(ctx, opts);
  const current = await loadSamples(ctx, source, opts.files, reading);
  const earlier = opts.history ? await loadSamples(ctx, source, [opts.history], reading) : undefined;
  const scoreOpts: ScoreOptions = {
    ...(opts.target !== undefined && { target: opts.target }),
    ...(opts.population !== undefined && { population: opts.population }),
    names: opts.names === true,
    minGroup: opts.minGroup,
  };
  if (opts.customers && current.samples.length > 1) throw new UserError('--customers compares one staff questionnaire with its customers: report one questionnaire at a time');
  const results: ReportResult[] = [];
  for (const sample of current.samples) {
    const warnings = responseHygiene(sample, current.sourceName);
    printWarningFiles(ctx, warnings, opts.names === true);
    if (opts.population !== undefined && opts.population < tallies(sample).all.respondents) {
      throw new UserError(`--population ${opts.population} is fewer than the ${tallies(sample).all.respondents} respondents counted; give how many people were asked`);
    }
    const main = scoreSample(sample, scoreOpts);
    const past = earlier?.samples.find((e) => e.layout.questionnaire.id === sample.layout.questionnaire.id);
    if (past && earlier) dropDuplicates(past, earlier.sourceName, { perRound: true });
    const gap = opts.customers ? await customersGap(ctx, source, opts.customers, { sample, result: main }, opts.customersQuestionnaire, reading, scoreOpts) : undefined;
    results.push({
      main,
      roleCounts: roleCounts(main.roles),
      warnings: shareableWarnings(warnings, opts.names === true),
      privacy: { names: opts.names === true, minGroup: opts.minGroup },
      skipped: current.skipped,
      ...(opts.by === 'role' && { byRole: byRole(sample, scoreOpts) }),
      ...(opts.history && { trend: scoreTrend(main, history(sample, past, { ...scoreOpts, population: undefined })) }),
      ...(gap && { deliveryGap: gap }),
      showAll: opts.all === true,
    });
  }
  return emit(ctx, reportRenderers[opts.format](results.map(sanitised), resultContext(ctx, opts.out)), opts.out, opts.force);
}
