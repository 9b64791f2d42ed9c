// `icare compare`: two rounds of the same questionnaire, side by side.
import { compareResults } from '../core/scoring/compare.js';
import { responseHygiene, shareableWarnings } from '../core/scoring/hygiene.js';
import { roleCounts } from '../core/scoring/roleCounts.js';
import { scoreSample } from '../core/scoring/score.js';
import type { CompareFormat } from '../render/compare/formats.js';
import { compareRenderers } from '../render/compare/registry.js';
import { sanitised } from '../render/text/sanitised.js';
import { commandCatalog } from '../shell/catalog.js';
import type { Context } from '../shell/context.js';
import { emit, resultContext, type ResultOptions } from '../shell/output.js';
import { UserError } from '../shell/userError.js';
import { exportReading, type ExportFlags } from './exportReading.js';
import { loadSamples } from './loadSamples.js';
import { printCatalogFindings, printWarningFiles } from './printFindings.js';

export interface CompareOptions extends ExportFlags, ResultOptions<CompareFormat> {
  readonly before: readonly string[];
  readonly to: readonly string[];
}

export async function compare(opts: CompareOptions, ctx: Context): Promise<number> {
  const source = await commandCatalog(ctx, opts.questionnaires);
  printCatalogFindings(ctx, source);
  const reading = exportReading(ctx, opts);
  const beforeInputs = await loadSamples(ctx, source, opts.before, reading);
  const afterInputs = await loadSamples(ctx, source, opts.to, reading);
  const before = beforeInputs.samples;
  const after = afterInputs.samples;
  const common = after.filter((a) => before.some((b) => b.layout.questionnaire.id === a.layout.questionnaire.id));
  if (common.length === 0) {
    throw new UserError(`the two sides share no questionnaire (before: ${before.map((g) => g.layout.questionnaire.id).join(', ')}; after: ${after.map((g) => g.layout.questionnaire.id).join(', ')})`);
  }
  if (common.length > 1) {
    throw new UserError(`both sides hold answers for several questionnaires (${common.map((g) => g.layout.questionnaire.id).join(', ')}); compare one questionnaire's files at a time`);
  }
  const a = common[0]!;
  const b = before.find((g) => g.layout.questionnaire.id === a.layout.questionnaire.id)!;
  const warnings = { before: responseHygiene(b, beforeInputs.sourceName), after: responseHygiene(a, afterInputs.sourceName) };
  printWarningFiles(ctx, [...warnings.before, ...warnings.after], false);
  const result = compareResults(scoreSample(b), scoreSample(a));
  const report = {
    ...result,
    roleCounts: { before: roleCounts(result.before.roles), after: roleCounts(result.after.roles) },
    warnings: { before: shareableWarnings(warnings.before, false), after: shareableWarnings(warnings.after, false) },
  };
  return emit(ctx, compareRenderers[opts.format](sanitised(report), resultContext(ctx, opts.out)), opts.out, opts.force);
}
