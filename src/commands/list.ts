// `icare list`: the questionnaires a command can use (bundled plus --questionnaires folders).
import { summarise } from '../core/model/questionnaireSummary.js';
import type { ListFormat } from '../render/list/formats.js';
import { listRenderers } from '../render/list/registry.js';
import { commandCatalog } from '../shell/catalog.js';
import { renderContext, type Context } from '../shell/context.js';
import { EXIT, UserError } from '../shell/userError.js';
import { printCatalogFindings } from './printFindings.js';

export interface ListOptions {
  readonly questionnaires: readonly string[];
  readonly format: ListFormat;
  /** The older spelling of `--format json`. */
  readonly json?: boolean;
  /** Whether --format was on the command line (not its default). */
  readonly formatGiven?: boolean;
}

export async function list(opts: ListOptions, ctx: Context): Promise<number> {
  if (opts.json && opts.formatGiven && opts.format !== 'json') throw new UserError(`--json is --format json; it cannot go with --format ${opts.format}`);
  const format: ListFormat = opts.json ? 'json' : opts.format;
  const source = await commandCatalog(ctx, opts.questionnaires);
  // Broken files are reported but do not hide the questionnaires that did load.
  const broken = printCatalogFindings(ctx, source);
  // By id: by file name, icare-customers.yaml would come before icare.yaml.
  const items = [...source.catalog.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((q) => summarise(q, source.shadowed.has(q.id)));
  ctx.io.stdout.write(listRenderers[format]({ items, questionnaires: opts.questionnaires }, renderContext(ctx)));
  return broken ? EXIT.findings : EXIT.ok;
}
