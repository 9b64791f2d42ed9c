// The ask–save loop: every question of every open file, each answer saved at once; it ends with
// the scorecards, or, when the respondent stops, with the commands that resume: exit 0 after a
// quit key (q, Esc), 130 after an interrupt (Ctrl-C, SIGINT).
import { assessSteps, leftBehind, nextStep, openings, type Step } from '../../core/assess/assessSteps.js';
import { answeredCount, answersToScore, type OpenAnswersFile } from '../../core/assess/openAnswersFile.js';
import { score } from '../../core/scoring/score.js';
import type { Asker, QuestionView } from '../../prompt/asker.js';
import { renderFinishSummary } from '../../render/assess/finishSummary.js';
import { renderQuitMessage, renderResumeCommands } from '../../render/assess/quitMessage.js';
import type { SavedFile } from '../../render/assess/savedFile.js';
import { sanitised } from '../../render/text/sanitised.js';
import { shellQuote } from '../../render/text/shellQuote.js';
import { renderContext, type Context } from '../../shell/context.js';
import { displayPath } from '../../shell/files.js';
import { EXIT, ioFailure, UserError } from '../../shell/userError.js';
import { saveAnswersFile } from './saveAnswersFile.js';

/** What the loop works with besides the files. */
interface Session {
  readonly ctx: Context;
  /** Absent when nothing is left to ask. */
  readonly asker: Asker | undefined;
  /** Whether an interrupt arrived. */
  readonly interrupted: () => boolean;
  /** The --questionnaires folders given: every command printed carries them. */
  readonly questionnaires: readonly string[];
}

/** Asks from step `start` on. */
export async function askQuestions(files: readonly OpenAnswersFile[], start: number, session: Session): Promise<number> {
  const { asker, ctx, interrupted } = session;
  const steps = assessSteps(files);
  const presented = steps.map(() => false);
  // Moving on marks every file left behind complete, and saves it so.
  const completeBefore = (j: number): void => {
    for (const file of leftBehind(files, steps, j)) {
      file.status = 'complete';
      save(file, files, session);
    }
  };
  const forward = (i: number): number => {
    const j = nextStep(steps, presented, i);
    completeBefore(j);
    return j;
  };

  let shown: Step | undefined;
  let i = start;
  // Files with nothing left to ask (all answered, or no question for this role) are complete now.
  completeBefore(i);
  while (i < steps.length) {
    if (interrupted()) return quit(files, session, true);
    const step = steps[i]!;
    if (!asker) throw new Error('no asker for unanswered questions');
    open(asker, shown, step, steps, ctx);
    shown = step;
    presented[i] = true;
    const { file, question } = step;
    const current = file.answers.get(question.id);
    const view: QuestionView = { question, number: i + 1, total: steps.length, ...(current && { current }), canGoBack: i > 0 };
    const r = await asker.askQuestion(view);
    if (r.kind === 'quit') return quit(files, session, interrupted());
    if (r.kind === 'back') {
      i = Math.max(0, i - 1);
      continue;
    }
    if (r.kind === 'answer') file.answers.set(question.id, { value: r.value, ...(r.note !== undefined && { note: r.note }) });
    else file.answers.delete(question.id);
    save(file, files, session);
    i = forward(i);
  }
  return finish(files, session);
}

/** Saves one file; when that fails (a full disk), says what is safe and how to go on. */
function save(file: OpenAnswersFile, files: readonly OpenAnswersFile[], { ctx, questionnaires }: Session): void {
  try {
    saveAnswersFile(file);
  } catch (e) {
    const failure = ioFailure(`could not save ${displayPath(file.path, ctx.io.cwd)}`, e);
    const resume = renderResumeCommands(
      files.map((f) => saved(f, ctx)),
      renderContext(ctx, ctx.chalkErr),
      questionnaires,
    );
    throw new UserError(`${failure.message}; the answers saved before this one are in the file`, EXIT.usage, resume);
  }
}

/**
 * Shows the questionnaire's and the section's openings when `step` enters them, counting what
 * this respondent is asked: a section none of whose questions they are asked is not counted.
 */
function open(asker: Asker, previous: Step | undefined, step: Step, steps: readonly Step[], ctx: Context): void {
  const { questionnaire, section } = openings(previous, step);
  const q = step.file.questionnaire;
  const asked = steps.filter((x) => x.file === step.file);
  if (questionnaire) asker.startQuestionnaire({ title: q.title, questions: asked.length, file: shellQuote(displayPath(step.file.path, ctx.io.cwd)) });
  if (section) {
    const s = q.sections[step.section]!;
    const sections = [...new Set(asked.map((x) => x.section))];
    const description = s.description !== undefined ? { description: s.description } : {};
    asker.startSection({ number: sections.indexOf(step.section) + 1, count: sections.length, title: s.title, ...description, questions: asked.filter((x) => x.section === step.section).length });
  }
}

function saved(file: OpenAnswersFile, ctx: Context): SavedFile {
  return { shown: displayPath(file.path, ctx.io.cwd), status: file.status, ...answeredCount(file) };
}

/** A quit key prints what was saved and exits 0; an interrupt says the same through the error path, with 130. */
function quit(files: readonly OpenAnswersFile[], { ctx, questionnaires }: Session, interrupted: boolean): number {
  const all = files.map((f) => saved(f, ctx));
  if (interrupted) throw new UserError('interrupted; every answer given so far is saved', EXIT.interrupted, renderQuitMessage(all, renderContext(ctx, ctx.chalkErr), questionnaires));
  ctx.io.stdout.write(renderQuitMessage(all, renderContext(ctx), questionnaires));
  return EXIT.ok;
}

function finish(files: readonly OpenAnswersFile[], { ctx, questionnaires }: Session): number {
  const finished = files.map((f) => {
    const s = saved(f, ctx);
    // Like every result before it is rendered: no string from a file keeps its controls.
    return { saved: s, score: sanitised(score(f.questionnaire, [answersToScore(f, s.shown)])) };
  });
  ctx.io.stdout.write(renderFinishSummary(finished, renderContext(ctx), questionnaires));
  return EXIT.ok;
}
