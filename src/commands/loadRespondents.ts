// Answers files for report and compare: expanded, validated (refusing invalid input with the
// same findings as `validate`), grouped by questionnaire in the order first seen.
import type { Context } from '../shell/context.js';
import { EXIT } from '../shell/exitCodes.js';
import { join } from 'node:path';
import { expandPaths } from '../core/checks/load.js';
import type { Answers, Questionnaire } from '../core/model/model.js';
import { loadAnswersInParallel, threadsSetting } from '../shell/parallel/loadAnswersInParallel.js';
import { fail, printFindings, type CatalogFor } from './shared.js';

export interface Respondents {
  readonly questionnaire: Questionnaire;
  readonly answers: readonly Answers[];
}

/** Returns the groups, or an exit code after printing why there are none. */
export async function loadRespondents(ctx: Context, source: CatalogFor, paths: readonly string[]): Promise<Respondents[] | number> {
  const { catalog } = source;
  const files = await expandPaths(paths, ctx.io.cwd);
  if (files.length === 0) return fail(ctx, `no answers files (*.yaml) found in ${paths.join(', ')}`);
  const { answers, findings } = await loadAnswersInParallel(files, catalog, ctx.io.cwd, {
    workerScript: join(ctx.packageRoot, 'dist/shell/parallel/loadWorker.js'),
    threads: threadsSetting(ctx.io.env.ICARE_THREADS),
  });
  if (printFindings(ctx, findings, files.length)) {
    ctx.io.stderr.write(ctx.chalkErr.red('icare: fix the errors above (see `icare validate`); no report was made') + '\n');
    return EXIT.findings;
  }
  const groups = new Map<string, Answers[]>();
  for (const a of answers) {
    const list = groups.get(a.questionnaire);
    if (list) list.push(a);
    else groups.set(a.questionnaire, [a]);
  }
  return [...groups].map(([id, list]) => ({ questionnaire: catalog.get(id)!, answers: list }));
}
