// `icare import`: a form tool's CSV export → one answers file per row. The shell streams the CSV
// (readCsv), the core makes answers of its rows (answersFromCsv), and runImport writes them.
import { resolve } from 'node:path';
import { answersFromCsv } from '../../core/import/answersFromCsv.js';
import type { ImportMap } from '../../core/import/importMap.js';
import type { Questionnaire } from '../../core/model/model.js';
import type { ImportFormat } from '../../render/import/formats.js';
import { importRenderers } from '../../render/import/registry.js';
import { interruptedLine } from '../../render/import/text.js';
import { commandCatalog } from '../../shell/catalog.js';
import { renderContext, type Context } from '../../shell/context.js';
import { readCsv } from '../../shell/csv/readCsv.js';
import { displayPath } from '../../shell/files.js';
import { loadImportMap } from '../../shell/loadImportMap.js';
import { recoverImports } from '../../shell/recoverImports.js';
import { EXIT, ioFailure, UserError } from '../../shell/userError.js';
import { identityReading } from '../exportReading.js';
import { printCatalogFindings, printFindings } from '../printFindings.js';
import { runImport } from './runImport.js';

export interface ImportOptions {
  readonly csv: string;
  readonly questionnaire: string;
  readonly questionnaires: readonly string[];
  readonly out: string;
  readonly map?: string;
  readonly organisation?: string;
  readonly skipInvalid?: boolean;
  readonly anonymise?: boolean;
  readonly keyFile?: string;
  readonly format: ImportFormat;
}

export async function importCsv(opts: ImportOptions, ctx: Context): Promise<number> {
  const { cwd } = ctx.io;
  const outDir = resolve(cwd, opts.out);
  const out = opts.out.replace(/\/+$/, '') + '/';
  settleInterrupted(ctx, outDir, out);
  const source = await commandCatalog(ctx, opts.questionnaires);
  printCatalogFindings(ctx, source);
  const { catalog } = source;
  const q = catalog.get(opts.questionnaire);
  if (!q) throw new UserError(`no questionnaire with id "${opts.questionnaire}" (known: ${[...catalog.keys()].sort().join(', ')}); pass its folder with --questionnaires`);

  const csvPath = resolve(cwd, opts.csv);
  const csv = readCsv(csvPath, opts.csv);
  const map = opts.map === undefined ? undefined : importMap(ctx, opts.map, q);
  const identity = identityReading(opts, cwd);
  const summary = await runImport(answersFromCsv(csv, q, { map, organisation: opts.organisation, ...identity }), ctx, {
    file: displayPath(csvPath, cwd),
    questionnaire: q.id,
    outDir,
    out,
    skipInvalid: opts.skipInvalid === true,
    renderer: importRenderers[opts.format],
  });
  if (summary.rejected === 0) return EXIT.ok;
  // --skip-invalid asked for the valid rows; it fails only when no row could be imported.
  return opts.skipInvalid && summary.written > 0 ? EXIT.ok : EXIT.findings;
}

/** Before anything else: an import into --out that a kill or a power cut stopped is rolled back or completed, and said so. */
function settleInterrupted(ctx: Context, outDir: string, out: string): void {
  let found;
  try {
    found = recoverImports(outDir);
  } catch (e) {
    throw ioFailure(`cannot settle an interrupted import in ${out}`, e);
  }
  for (const f of found) ctx.io.stderr.write(interruptedLine(f, out, renderContext(ctx, ctx.chalkErr)));
}

function importMap(ctx: Context, given: string, q: Questionnaire): ImportMap {
  const loaded = loadImportMap(resolve(ctx.io.cwd, given), ctx.io.cwd, q);
  if ('map' in loaded) return loaded.map;
  printFindings(ctx, loaded.findings, 1);
  throw new UserError(`fix the --map file ${given}; nothing was imported`, EXIT.findings);
}
