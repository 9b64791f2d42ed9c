// `icare show ID`: a questionnaire's structure, a printable blank form, or its normalised JSON.
import type { ShowFormat } from '../render/show/formats.js';
import { showRenderers } from '../render/show/registry.js';
import { questionnairesFlags } from '../render/text/questionnairesFlags.js';
import { commandCatalog } from '../shell/catalog.js';
import type { Context } from '../shell/context.js';
import { emit, resultContext, type ResultOptions } from '../shell/output.js';
import { UserError } from '../shell/userError.js';
import { printCatalogFindings, printFindings } from './printFindings.js';

export interface ShowOptions extends ResultOptions<ShowFormat> {
  readonly id: string;
}

export async function show(opts: ShowOptions, ctx: Context): Promise<number> {
  const source = await commandCatalog(ctx, opts.questionnaires);
  const { catalog, findings } = source;
  const q = catalog.get(opts.id);
  if (!q) {
    printCatalogFindings(ctx, source);
    const known = [...catalog.keys()].sort();
    const list = ['icare', 'list', ...questionnairesFlags(opts.questionnaires)].join(' ');
    throw new UserError(`no questionnaire with id "${opts.id}". Known ids: ${known.length ? known.join(', ') : 'none'} (see \`${list}\`)`);
  }
  // Only the findings about the file shown matter here; the others are `icare list`'s business.
  printFindings(
    ctx,
    findings.filter((f) => f.file === q.file),
    1,
  );
  return emit(ctx, showRenderers[opts.format]({ questionnaire: q, questionnaires: opts.questionnaires }, resultContext(ctx, opts.out)), opts.out, opts.force);
}
