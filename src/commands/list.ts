// `icare list`: the questionnaires a command can use (bundled plus --questionnaires folders).
import { summarise } from '../core/model/questionnaireSummary.js';
import { listRenderers } from '../render/list/registry.js';
import { commandCatalog } from '../shell/catalog.js';
import { renderContext, type Context } from '../shell/context.js';
import { EXIT } from '../shell/userError.js';
import { printCatalogFindings } from './printFindings.js';

export interface ListOptions {
  readonly questionnaires: readonly string[];
  readonly json?: boolean;
}

export async function list(opts: ListOptions, ctx: Context): Promise<number> {
  const source = await commandCatalog(ctx, opts.questionnaires);
  // Broken files are reported but do not hide the questionnaires that did load.
  const broken = printCatalogFindings(ctx, source);
  const items = [...source.catalog.values()].map(summarise);
  ctx.io.stdout.write(listRenderers[opts.json ? 'json' : 'table'](items, renderContext(ctx)));
  return broken ? EXIT.findings : EXIT.ok;
}
