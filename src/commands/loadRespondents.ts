// Answers files for report and compare: expanded, validated (refusing invalid input with the
// same findings as `validate`), grouped by questionnaire in the order first seen.
import { join } from 'node:path';
import type { CatalogLoad } from '../core/checks/loadCatalog.js';
import type { Answers, Questionnaire } from '../core/model/model.js';
import type { Context } from '../shell/context.js';
import { expandPaths } from '../shell/files.js';
import { loadAnswersInParallel, threadsSetting } from '../shell/parallel/loadAnswersInParallel.js';
import { EXIT, UserError } from '../shell/userError.js';
import { printFindings } from './printFindings.js';

export interface Respondents {
  readonly questionnaire: Questionnaire;
  readonly answers: readonly Answers[];
}

export async function loadRespondents(ctx: Context, source: CatalogLoad, paths: readonly string[]): Promise<Respondents[]> {
  const { catalog } = source;
  const files = await expandPaths(paths, ctx.io.cwd);
  if (files.length === 0) throw new UserError(`no answers files (*.yaml) found in ${paths.join(', ')}`);
  const { answers, findings } = await loadAnswersInParallel(files, catalog, ctx.io.cwd, {
    workerScript: join(ctx.packageRoot, 'dist/shell/parallel/loadWorker.js'),
    threads: threadsSetting(ctx.io.env.ICARE_THREADS),
  });
  if (printFindings(ctx, findings, files.length)) throw new UserError('fix the errors above (see `icare validate`); no report was made', EXIT.findings);
  const groups = new Map<string, Answers[]>();
  for (const a of answers) {
    const list = groups.get(a.questionnaire);
    if (list) list.push(a);
    else groups.set(a.questionnaire, [a]);
  }
  return [...groups].map(([id, list]) => ({ questionnaire: catalog.get(id)!, answers: list }));
}
