// Answers files for report and compare: expanded, read, checked (refusing invalid input with the
// same findings as `validate`) and folded into one sample per questionnaire, in the order first seen.
import type { CatalogLoad } from '../core/checks/loadCatalog.js';
import { join } from 'node:path';
import type { SourceName } from '../core/scoring/hygiene.js';
import type { Sample } from '../core/scoring/sample.js';
import type { Context } from '../shell/context.js';
import { displayPath, expandPaths } from '../shell/files.js';
import { loadSamplesInParallel, threadsSetting } from '../shell/parallel/loadSamplesInParallel.js';
import { EXIT, UserError } from '../shell/userError.js';
import { printFindings } from './printFindings.js';

export interface LoadedInputs {
  readonly samples: Sample[];
  /** How a respondent's source is named in warnings: its file as shown, or file:line for a CSV row. */
  readonly sourceName: SourceName;
}

export async function loadSamples(ctx: Context, source: CatalogLoad, paths: readonly string[]): Promise<LoadedInputs> {
  const files = await expandPaths(paths, ctx.io.cwd);
  if (files.length === 0) throw new UserError(`no answers files (*.yaml) found in ${paths.join(', ')}`);
  const { samples, findings } = await loadSamplesInParallel(files, source.catalog, ctx.io.cwd, {
    workerScript: join(ctx.packageRoot, 'dist/sampleWorker.js'),
    threads: threadsSetting(ctx.io.env.ICARE_THREADS),
  });
  if (printFindings(ctx, findings, files.length)) throw new UserError('fix the errors above (see `icare validate`); no report was made', EXIT.findings);
  const shown = files.map((f) => displayPath(f, ctx.io.cwd));
  return { samples: [...samples.values()], sourceName: (i, line) => (line > 0 ? `${shown[i]}:${line}` : shown[i]!) };
}
