// `icare list`: the questionnaires a command can use (bundled plus --questionnaires folders).
import type { Context } from '../shell/context.js';
import { renderContext } from '../shell/context.js';
import { EXIT } from '../shell/exitCodes.js';
import { listRenderers, summarise } from '../render/list/index.js';
import { catalogFor, guarded, printCatalogFindings } from './shared.js';

export interface ListOptions {
  readonly questionnaires: readonly string[];
  readonly json?: boolean;
}

export async function list(opts: ListOptions, ctx: Context): Promise<number> {
  return guarded(ctx, async () => {
    const source = await catalogFor(ctx, opts.questionnaires);
    const { catalog } = source;
    // Broken files are reported but do not hide the questionnaires that did load.
    const broken = printCatalogFindings(ctx, source);
    const items = [...catalog.values()].map(summarise);
    ctx.io.stdout.write(listRenderers[opts.json ? 'json' : 'table'](items, renderContext(ctx)));
    return broken ? EXIT.findings : EXIT.ok;
  });
}
