// `icare show ID`: a questionnaire's structure, a printable blank form, or its normalised JSON.
import type { Context } from '../shell/context.js';
import { renderContext } from '../shell/context.js';
import { showRenderers, type ShowFormat } from '../render/show/index.js';
import { catalogFor, emit, fail, guarded, printCatalogFindings, printFindings } from './shared.js';

export interface ShowOptions {
  readonly id: string;
  readonly questionnaires: readonly string[];
  readonly format: ShowFormat;
  readonly out?: string;
  readonly force?: boolean;
}

export async function show(opts: ShowOptions, ctx: Context): Promise<number> {
  return guarded(ctx, async () => {
    const source = await catalogFor(ctx, opts.questionnaires);
    const { catalog, findings } = source;
    const q = catalog.get(opts.id);
    if (!q) {
      printCatalogFindings(ctx, source);
      const known = [...catalog.keys()].sort();
      return fail(ctx, `no questionnaire with id "${opts.id}". Known ids: ${known.length ? known.join(', ') : 'none'} (see \`icare list\`)`);
    }
    // Only the findings about the file shown matter here; the others are `icare list`'s business.
    const own = findings.filter((f) => f.file === q.file);
    printFindings(ctx, own, 1);
    return emit(ctx, showRenderers[opts.format](q, renderContext(ctx)), opts.out, opts.force);
  });
}
