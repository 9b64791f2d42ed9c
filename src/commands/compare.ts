import type { Context } from '../shell/context.js';
import { plainChalk, renderContext } from '../shell/context.js';
import { compareResults } from '../core/scoring/compare.js';
import { score } from '../core/scoring/score.js';
import { compareRenderers } from '../render/compare/index.js';
import type { CompareFormat } from '../render/compare/result.js';
import { loadRespondents } from './loadRespondents.js';
import { catalogFor, emit, fail, guarded, printCatalogFindings } from './shared.js';

export interface CompareOptions {
  readonly before: readonly string[];
  readonly to: readonly string[];
  readonly questionnaires: readonly string[];
  readonly format: CompareFormat;
  readonly out?: string;
  readonly force?: boolean;
}

export async function compare(opts: CompareOptions, ctx: Context): Promise<number> {
  return guarded(ctx, async () => {
    const source = await catalogFor(ctx, opts.questionnaires);
    printCatalogFindings(ctx, source);
    const before = await loadRespondents(ctx, source, opts.before);
    if (typeof before === 'number') return before;
    const after = await loadRespondents(ctx, source, opts.to);
    if (typeof after === 'number') return after;
    const common = after.filter((a) => before.some((b) => b.questionnaire.id === a.questionnaire.id));
    if (common.length === 0) {
      return fail(ctx, `the two sides share no questionnaire (before: ${before.map((g) => g.questionnaire.id).join(', ')}; after: ${after.map((g) => g.questionnaire.id).join(', ')})`);
    }
    if (common.length > 1) {
      return fail(ctx, `both sides hold answers for several questionnaires (${common.map((g) => g.questionnaire.id).join(', ')}); compare one questionnaire's files at a time`);
    }
    const a = common[0]!;
    const b = before.find((g) => g.questionnaire.id === a.questionnaire.id)!;
    const result = compareResults(score(b.questionnaire, b.answers), score(a.questionnaire, a.answers));
    return emit(ctx, compareRenderers[opts.format](result, renderContext(ctx, opts.out ? plainChalk : ctx.chalk)), opts.out, opts.force);
  });
}
