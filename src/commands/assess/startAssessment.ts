// A new assessment: the questionnaires and details not given as flags are asked for, then each
// questionnaire gets its own answers file, created up front, and every question is asked.
import { resolve } from 'node:path';
import type { Catalog } from '../../core/model/model.js';
import { newAnswersFileHead, type OpenAnswersFile } from '../../core/assess/openAnswersFile.js';
import { questionnaireChoices } from '../../core/assess/questionnaireChoices.js';
import { anonymousFileName, answersFileName } from '../../core/writing/answersYaml.js';
import type { Asker, RespondentDetails } from '../../prompt/asker.js';
import { renderStoppedBeforeStart } from '../../render/assess/quitMessage.js';
import { todayIso } from '../../shell/clock.js';
import type { Context } from '../../shell/context.js';
import { displayPath } from '../../shell/files.js';
import { lockFile } from '../../shell/lockFile.js';
import { randomSuffix } from '../../shell/randomSuffix.js';
import { EXIT, UserError } from '../../shell/userError.js';
import { askQuestions } from './askQuestions.js';
import { createAnswersFile } from './saveAnswersFile.js';

interface NewAssessment {
  readonly catalog: Catalog;
  /** The questionnaires named on the command line; none means "ask". */
  readonly ids: readonly string[];
  readonly flags: Partial<RespondentDetails>;
  /** No name is asked or stored; the file name has a random suffix instead of the date. */
  readonly anonymous: boolean;
  /** The folder for the answers files. */
  readonly out: string;
  /** The --questionnaires folders, for the commands printed. */
  readonly questionnaires: readonly string[];
  readonly today?: string;
}

export async function startAssessment(run: NewAssessment, asker: Asker, ctx: Context, interrupted: () => boolean): Promise<number> {
  let ids = [...new Set(run.ids)];
  if (ids.length === 0) {
    const { choices, preselected } = questionnaireChoices(run.catalog);
    const chosen = await asker.chooseQuestionnaires(choices, preselected);
    if (chosen === null) return stoppedBeforeStart(ctx, interrupted());
    ids = chosen;
  }
  const { flags } = run;
  const allGiven = flags.organisation !== undefined && flags.name !== undefined && flags.role !== undefined;
  const details = allGiven ? (flags as RespondentDetails) : await asker.respondentDetails(flags);
  if (details === null) return stoppedBeforeStart(ctx, interrupted());

  const date = run.today ?? todayIso();
  const dir = resolve(ctx.io.cwd, run.out);
  const unlocks: (() => void)[] = [];
  try {
    const files: OpenAnswersFile[] = ids.map((id) => {
      const questionnaire = run.catalog.get(id)!;
      const name = run.anonymous
        ? anonymousFileName({ organisation: details.organisation, questionnaire: id, ...(details.role !== undefined && { role: details.role }), suffix: randomSuffix() })
        : answersFileName({ organisation: details.organisation, questionnaire: id, date });
      const file = createAnswersFile(dir, name, { questionnaire, head: newAnswersFileHead(questionnaire, details, date), status: 'in-progress', answers: new Map() }, ctx.io.cwd);
      unlocks.push(lockFile(file.path, displayPath(file.path, ctx.io.cwd)));
      return file;
    });
    return await askQuestions(files, 0, { asker, ctx, interrupted, questionnaires: run.questionnaires });
  } finally {
    for (const unlock of unlocks) unlock();
  }
}

function stoppedBeforeStart(ctx: Context, interrupted: boolean): number {
  if (interrupted) throw new UserError('interrupted before the first question; nothing was saved', EXIT.interrupted);
  ctx.io.stdout.write(renderStoppedBeforeStart());
  return EXIT.ok;
}
