// `icare validate`: check questionnaire and answers files and print every finding.
import { countBySeverity } from '../core/checks/finding.js';
import { validateFiles } from '../core/checks/validateFiles.js';
import type { FindingsFormat } from '../render/findings/formats.js';
import { findingsRenderers } from '../render/findings/registry.js';
import { bundledCatalogLoader, bundledFiles } from '../shell/catalog.js';
import { renderContext, type Context } from '../shell/context.js';
import { expandPaths, fileReader } from '../shell/files.js';
import { EXIT, UserError } from '../shell/userError.js';

export interface ValidateOptions {
  readonly paths: readonly string[];
  readonly questionnaires: readonly string[];
  readonly format: FindingsFormat;
  readonly maxWarnings?: number;
}

export async function validate(opts: ValidateOptions, ctx: Context): Promise<number> {
  const cwd = ctx.io.cwd;
  const bundled = await bundledFiles(ctx);
  const files = opts.paths.length ? await expandPaths(opts.paths, cwd) : bundled;
  const questionnaireDirsFiles = await expandPaths(opts.questionnaires, cwd);
  const result = validateFiles({ files, bundled, questionnaireDirsFiles, read: fileReader(cwd), bundledCatalog: bundledCatalogLoader(ctx, bundled) });
  ctx.io.stdout.write(findingsRenderers[opts.format](result, renderContext(ctx)));
  const { errors, warnings } = countBySeverity(result.findings);
  if (errors > 0) return EXIT.findings;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) throw new UserError(`${warnings} warnings exceed --max-warnings ${opts.maxWarnings}`, EXIT.findings);
  return EXIT.ok;
}
