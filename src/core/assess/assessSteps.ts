// The order `icare assess` asks in: every question of every open file that the respondent's role
// is asked (see isAskedOf), one step each, and how moving forward skips what a resumed file
// already answers and leaves finished files behind.
import type { Question } from '../model/model.js';
import { isAskedOf } from '../model/roles.js';
import type { OpenAnswersFile } from './openAnswersFile.js';

export interface Step {
  readonly file: OpenAnswersFile;
  /** The section's index in its questionnaire. */
  readonly section: number;
  readonly question: Question;
}

/** One step per question the respondent is asked, file after file, in questionnaire order. */
export function assessSteps(files: readonly OpenAnswersFile[]): Step[] {
  return files.flatMap((file) => {
    const role = file.head.respondent?.role;
    return file.questionnaire.sections.flatMap((s, section) => s.questions.filter((q) => isAskedOf(q.audience, role)).map((question) => ({ file, section, question })));
  });
}

/**
 * The step after `i`. Questions the file already answers are skipped unless this run has shown
 * them (`presented`): they came from a resumed file, and going back still reaches them.
 */
export function nextStep(steps: readonly Step[], presented: readonly boolean[], i: number): number {
  let j = i + 1;
  while (j < steps.length && !presented[j] && steps[j]!.file.answers.has(steps[j]!.question.id)) j++;
  return j;
}

/**
 * The files not yet complete whose last step lies before step `j`: reaching `j` completes them.
 * A file with no step (its respondent is asked none of its questions) is behind from the start.
 */
export function leftBehind(files: readonly OpenAnswersFile[], steps: readonly Step[], j: number): OpenAnswersFile[] {
  const last = new Map<OpenAnswersFile, number>();
  steps.forEach((s, i) => last.set(s.file, i));
  return files.filter((f) => f.status !== 'complete' && (last.get(f) ?? -1) < j);
}

/** Where a resumed file starts: its first unanswered question, or its end when none is left. */
export function resumeStep(steps: readonly Step[]): number {
  const first = steps.findIndex((s) => !s.file.answers.has(s.question.id));
  return first === -1 ? steps.length : first;
}

/** What to open before `step`, given the step shown last: its questionnaire, its section. */
export function openings(previous: Step | undefined, step: Step): { readonly questionnaire: boolean; readonly section: boolean } {
  const questionnaire = previous?.file !== step.file;
  return { questionnaire, section: questionnaire || previous?.section !== step.section };
}
