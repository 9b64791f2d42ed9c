// `icare assess --resume FILE`: a valid answers file is reopened and asked on from its first
// unanswered question; a file with none left is completed without asking.
import { resolve } from 'node:path';
import type { Catalog } from '../../core/model/model.js';
import { assessSteps, resumeStep } from '../../core/assess/assessSteps.js';
import { answeredCount, reopenAnswersFile } from '../../core/assess/openAnswersFile.js';
import type { Asker } from '../../prompt/asker.js';
import { renderResuming } from '../../render/assess/resuming.js';
import { questionnairesFlags } from '../../render/text/questionnairesFlags.js';
import { shellQuote } from '../../render/text/shellQuote.js';
import { renderContext, type Context } from '../../shell/context.js';
import { displayPath, readTextFile } from '../../shell/files.js';
import { lockFile } from '../../shell/lockFile.js';
import { loadAnswersFiles } from '../../shell/loadFiles.js';
import { EXIT, UserError } from '../../shell/userError.js';
import { printFindings } from '../printFindings.js';
import { askQuestions } from './askQuestions.js';
import { interruptible } from './interruptible.js';
import { requireTerminal } from './requireTerminal.js';
import { terminalAsker } from './terminalAsker.js';

/** The questionnaires to resume with: the catalog, and the --questionnaires folders it came from. */
interface Source {
  readonly catalog: Catalog;
  readonly questionnaires: readonly string[];
}

export async function resumeAssessment(given: string, source: Source, ctx: Context, deps: { readonly asker?: Asker } = {}): Promise<number> {
  const path = resolve(ctx.io.cwd, given);
  const shown = displayPath(path, ctx.io.cwd);
  // Locked before it is read: a second session on the same file would lose one of the two.
  const unlock = lockFile(path, shown);
  try {
    return await resume(path, shown, source, ctx, deps);
  } finally {
    unlock();
  }
}

async function resume(path: string, shown: string, { catalog, questionnaires }: Source, ctx: Context, deps: { readonly asker?: Asker }): Promise<number> {
  const { answers, findings } = loadAnswersFiles([path], catalog, ctx.io.cwd);
  const failed = printFindings(ctx, findings, 1);
  const loaded = answers[0];
  if (failed || !loaded) {
    const validate = ['icare', 'validate', shellQuote(shown), ...questionnairesFlags(questionnaires)].join(' ');
    throw new UserError(`${shown} cannot be resumed until it is valid (see \`${validate}\`).`, EXIT.findings);
  }
  requireTerminal(ctx, { ids: [loaded.questionnaire], questionnaires });

  const file = reopenAnswersFile(loaded, catalog.get(loaded.questionnaire)!, path, readTextFile(path, ctx.io.cwd));
  const steps = assessSteps([file]);
  const start = resumeStep(steps);
  const asker = start === steps.length ? undefined : (deps.asker ?? (await terminalAsker(ctx)));
  ctx.io.stdout.write(renderResuming({ shown, ...answeredCount(file) }, renderContext(ctx)));
  if (start < steps.length) file.status = 'in-progress';
  return interruptible(ctx, asker, (interrupted) => askQuestions([file], start, { asker, ctx, interrupted, questionnaires }));
}
