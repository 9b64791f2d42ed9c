import type { Context } from '../shell/context.js';
import { renderContext } from '../shell/context.js';
import { EXIT } from '../shell/exitCodes.js';
import { countBySeverity } from '../core/checks/finding.js';
import { expandPaths } from '../core/checks/load.js';
import { validateFiles } from '../core/checks/validateFiles.js';
import { findingsRenderers, type FindingsFormat } from '../render/findings/index.js';
import { bundledFiles, guarded } from './shared.js';

export interface ValidateOptions {
  readonly paths: readonly string[];
  readonly questionnaires: readonly string[];
  readonly format: FindingsFormat;
  readonly maxWarnings?: number;
}

export async function validate(opts: ValidateOptions, ctx: Context): Promise<number> {
  return guarded(ctx, async () => {
    const cwd = ctx.io.cwd;
    const bundled = await bundledFiles(ctx);
    const files = opts.paths.length ? await expandPaths(opts.paths, cwd) : bundled;
    const questionnaireDirsFiles = await expandPaths(opts.questionnaires, cwd);
    const result = validateFiles({ files, bundled, questionnaireDirsFiles, cwd });
    ctx.io.stdout.write(findingsRenderers[opts.format](result, renderContext(ctx)));
    const { errors, warnings } = countBySeverity(result.findings);
    if (errors > 0) return EXIT.findings;
    if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
      ctx.io.stderr.write(ctx.chalkErr.red(`icare: ${warnings} warnings exceed --max-warnings ${opts.maxWarnings}`) + '\n');
      return EXIT.findings;
    }
    return EXIT.ok;
  });
}
